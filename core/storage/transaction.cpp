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
        if (Status begin = m_database.dialect().beginWrite(m_database); !begin) {
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
