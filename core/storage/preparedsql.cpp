#include "preparedsql.h"

namespace Verbund {

PreparedSql::PreparedSql(const QSqlDatabase& db, QString sql)
    : m_query(newQuery(db))
    , m_sql(std::move(sql)) {
    m_prepared = m_query.prepare(m_sql);
}

Result<QSqlQuery*> PreparedSql::run(const QVariantList& values) {
    if (!m_prepared)
        return preparedFailure(m_query, m_sql);
    if (Status done = runPrepared(m_query, values, m_sql); !done)
        return done.error();
    return &m_query;
}

} // namespace Verbund
