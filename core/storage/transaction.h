#pragma once

#include "../common/result.h"

namespace Verbund {

class Database;

// A write transaction (holding the write lock, Dialect::beginWrite) that rolls back unless
// committed. Nested ones join the outermost: only it commits, and a nested one left uncommitted
// dooms the whole.
class Transaction final {
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database& database);
    ~Transaction();

    // Whether BEGIN succeeded; on failure, error() says why and nothing may be written.
    Status begun() const { return m_begin; }
    Status commit();

private:
    Database& m_database;
    Status m_begin;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace Verbund
