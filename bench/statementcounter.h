#pragma once

#include <QByteArrayList>

struct sqlite3;
class QSqlDatabase;

namespace Verbund {

// Counts the statements a Qt connection to SQLite runs while it lives; when asked, also keeps
// their text with the values bound, for the raw baseline to run the very same SQL.
class StatementCounter final {
public:
    enum class Keep { Count, Text };
    explicit StatementCounter(const QSqlDatabase& db, Keep keep = Keep::Count);
    ~StatementCounter();
    StatementCounter(const StatementCounter&) = delete;
    StatementCounter& operator=(const StatementCounter&) = delete;

    int count() const { return m_count; }
    // The statements run, as SQLite expands them (with Keep::Text only).
    const QByteArrayList& statements() const { return m_statements; }

private:
    static int traced(unsigned type, void* context, void* statement, void* sql);
    sqlite3* m_db = nullptr;
    Keep m_keep;
    int m_count = 0;
    QByteArrayList m_statements;
};

} // namespace Verbund
