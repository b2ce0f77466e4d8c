#pragma once

struct sqlite3;
class QSqlDatabase;

namespace Verbund {

// Counts the statements a Qt connection to SQLite runs while it lives.
class StatementCounter final {
public:
    explicit StatementCounter(const QSqlDatabase& db);
    ~StatementCounter();
    StatementCounter(const StatementCounter&) = delete;
    StatementCounter& operator=(const StatementCounter&) = delete;

    int count() const { return m_count; }

private:
    static int traced(unsigned type, void* context, void* statement, void* sql);
    sqlite3* m_db = nullptr;
    int m_count = 0;
};

} // namespace Verbund
