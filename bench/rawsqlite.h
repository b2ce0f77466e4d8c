#pragma once

#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace Verbund {

// The baseline: SQLite's own C interface with nothing of Qt or Verbund in between. Any
// failure ends the benchmark with SQLite's message.
class RawSqlite final {
public:
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const char* sql);

    // One prepared statement, stepped through by the caller.
    class Statement final {
    public:
        Statement(RawSqlite& db, const char* sql);
        ~Statement();
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;

        void bind(int index, const QVariant& value); // 1-based, as SQLite counts
        bool step();                                 // true while there is a row
        void reset();
        int columns() const;
        const char* text(int column) const;
        qint64 integer(int column) const;

    private:
        sqlite3_stmt* m_statement = nullptr;
        sqlite3* m_db;
    };

    // Runs a query and returns the number of rows it gave.
    int rows(const char* sql, const QVariantList& values = {});

private:
    sqlite3* m_db = nullptr;
};

} // namespace Verbund
