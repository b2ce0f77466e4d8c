#pragma once

#include "../common/result.h"
#include "sql.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace Verbund {

class Database;

// The rows that belong wholly to one parent record and have no identity of their own (the
// places of learning of a measure, its funding shares, a programme's rates): written as a
// whole in the caller's transaction, read back in order.
class ChildRows final {
public:
    // table and columns are fixed identifiers from code; the table has the columns
    // parentColumn and position besides these.
    ChildRows(Database& database, QString table, QString parentColumn, QStringList columns);

    // Makes the parent's rows exactly these, in this order.
    Status replace(qint64 parentId, const QList<QVariantList>& rows);
    Result<QList<QVariantList>> read(qint64 parentId) const;
    // The rows of every parent the condition names ("<parent column> IN (…)", fixed SQL with
    // its values bound), by parent, in one query.
    Result<QHash<qint64, QList<QVariantList>>> readWhere(const SqlCondition& parents) const;

private:
    Database& m_database;
    QString m_table;
    QString m_parentColumn;
    QStringList m_columns;
};

} // namespace Verbund
