#pragma once

#include <QSqlQuery>

namespace Verbund {

// One run of a read whose statement the database keeps prepared (Database::runRead). While it
// lives nobody else runs that statement; when it goes, the statement is finished, so no read
// stays open however few rows were taken, and is free for the next run.
class KeptRead final {
public:
    // A kept statement, marked in use until this goes.
    KeptRead(QSqlQuery* kept, bool* inUse);
    // A statement of its own, for a run while the kept one is in use.
    explicit KeptRead(QSqlQuery own);
    KeptRead(KeptRead&& other) noexcept;
    KeptRead& operator=(KeptRead&&) = delete;
    KeptRead(const KeptRead&) = delete;
    KeptRead& operator=(const KeptRead&) = delete;
    ~KeptRead();

    QSqlQuery& query() { return m_kept ? *m_kept : m_own; }

private:
    QSqlQuery m_own;
    QSqlQuery* m_kept = nullptr;
    bool* m_inUse = nullptr;
};

} // namespace Verbund
