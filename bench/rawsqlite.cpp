#include "rawsqlite.h"

#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>

namespace Verbund {

namespace {

[[noreturn]] void fail(sqlite3* db, const char* what) {
    std::fprintf(stderr, "raw SQLite failed (%s): %s\n", what, db ? sqlite3_errmsg(db) : "");
    std::exit(3);
}

// Who writes, for the history's triggers, as Verbund's own connection says it.
void actor(sqlite3_context* context, int, sqlite3_value**) {
    sqlite3_result_text(context, "bench", -1, SQLITE_STATIC);
}

} // namespace

RawSqlite::RawSqlite(const QString& path) {
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        fail(m_db, "open");
    // As Verbund sets up its connection, so that both work on equal terms.
    exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
         "PRAGMA cache_size = -32768");
    if (sqlite3_create_function_v2(m_db, "verbund_actor", 0, SQLITE_UTF8, nullptr, &actor, nullptr,
                                   nullptr, nullptr) != SQLITE_OK)
        fail(m_db, "verbund_actor");
}

RawSqlite::~RawSqlite() {
    sqlite3_close(m_db);
}

void RawSqlite::exec(const char* sql) {
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(m_db, sql);
}

int RawSqlite::rows(const char* sql, const QVariantList& values) {
    Statement statement(*this, sql);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values.at(i));
    int count = 0;
    while (statement.step())
        ++count;
    return count;
}

RawSqlite::Statement::Statement(RawSqlite& db, const char* sql)
    : m_db(db.m_db) {
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        fail(m_db, sql);
}

RawSqlite::Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

void RawSqlite::Statement::bind(int index, const QVariant& value) {
    int done = SQLITE_OK;
    if (value.isNull()) {
        done = sqlite3_bind_null(m_statement, index);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        done = sqlite3_bind_int64(m_statement, index, value.toLongLong());
    } else {
        const QByteArray text = value.toString().toUtf8();
        done = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    if (done != SQLITE_OK)
        fail(m_db, "bind");
}

bool RawSqlite::Statement::step() {
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail(m_db, "step");
    return false;
}

void RawSqlite::Statement::reset() {
    sqlite3_reset(m_statement);
}

int RawSqlite::Statement::columns() const {
    return sqlite3_column_count(m_statement);
}

const char* RawSqlite::Statement::text(int column) const {
    return reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
}

qint64 RawSqlite::Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

} // namespace Verbund
