#pragma once

#include "sql.h"

namespace Verbund {

// One statement prepared once and run again and again with new values (an import's insert).
class PreparedSql final {
    Q_DISABLE_COPY_MOVE(PreparedSql)
public:
    PreparedSql(const QSqlDatabase& db, QString sql);
    // The query after running it, for its rows, its new id or the rows it changed.
    Result<QSqlQuery*> run(const QVariantList& values);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace Verbund
