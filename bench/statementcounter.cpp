#include "statementcounter.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace Verbund {

StatementCounter::StatementCounter(const QSqlDatabase& db, Keep keep)
    : m_keep(keep) {
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3* const*>(handle.data());
    if (m_db)
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementCounter::traced, this);
}

StatementCounter::~StatementCounter() {
    if (m_db)
        sqlite3_trace_v2(m_db, 0, nullptr, nullptr);
}

int StatementCounter::traced(unsigned /*type*/, void* context, void* statement, void* sql) {
    // Statements run by triggers are reported too, as "-- TRIGGER name"; they are not asked for.
    if (qstrncmp(static_cast<const char*>(sql), "--", 2) == 0)
        return 0;
    auto* self = static_cast<StatementCounter*>(context);
    ++self->m_count;
    if (self->m_keep == Keep::Text) {
        char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
        self->m_statements << QByteArray(expanded);
        sqlite3_free(expanded);
    }
    return 0;
}

} // namespace Verbund
