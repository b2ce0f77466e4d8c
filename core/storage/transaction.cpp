#include "transaction.h"

#include "database.h"
#include "datachanges.h"
#include "dialect.h"
#include "sql.h"

#include <QCoreApplication>

namespace Verbund {

Transaction::Transaction(Database& database)
    : m_database(database) {
    m_outermost = m_database.m_transactionDepth == 0;
    if (m_outermost) {
        m_database.m_rollbackOnly = false;
        // Counted as open while it begins: what it reads then is part of it.
        const auto beginWrite = [this] {
            if (!m_database.connection().isOpen()) // a server that could not be reached anew
                return Status(lostConnection());
            ++m_database.m_transactionDepth;
            Status begun = m_database.dialect().beginWrite(m_database);
            --m_database.m_transactionDepth;
            return begun;
        };
        Status begin = beginWrite();
        // A server's connection found lost when the write begins is made anew: nothing of
        // the write was sent yet.
        if (!begin) {
            Error failure = begin.error();
            begin = m_database.reconnectAfter(failure) ? beginWrite() : Status(failure);
        }
        if (!begin) {
            m_begin = begin;
            m_done = true;
            return;
        }
    }
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction() {
    if (m_done)
        return;
    --m_database.m_transactionDepth;
    if (m_outermost) {
        (void)runSql(m_database.connection(), QStringLiteral("ROLLBACK"));
        m_database.changes().discard();
    } else
        m_database.m_rollbackOnly = true;
}

Status Transaction::commit() {
    if (m_done)
        return m_begin.ok() ? Error(ErrorCode::Database,
                                    QCoreApplication::translate("Verbund::Storage",
                                                                "The change was already finished."))
                            : m_begin;
    m_done = true;
    --m_database.m_transactionDepth;
    if (!m_outermost)
        return {};
    if (m_database.m_rollbackOnly) {
        (void)runSql(m_database.connection(), QStringLiteral("ROLLBACK"));
        m_database.changes().discard();
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("Verbund::Storage",
                                                 "The change was not saved because a part of "
                                                 "it failed."));
    }
    if (Status announced = m_database.announcePending(); !announced) {
        (void)runSql(m_database.connection(), QStringLiteral("ROLLBACK"));
        m_database.changes().discard();
        return announced;
    }
    auto commit = runSql(m_database.connection(), QStringLiteral("COMMIT"));
    if (!commit) {
        (void)runSql(m_database.connection(), QStringLiteral("ROLLBACK"));
        m_database.changes().discard();
        return commit.error();
    }
    m_database.changes().publish();
    return {};
}

} // namespace Verbund
