#include "certificaterepository.h"

#include "../common/dates.h"
#include "database.h"

namespace Verbund {

CertificateRepository::CertificateRepository(Database& database)
    : m_database(database)
    , m_insert(database.connection(),
               QStringLiteral("INSERT INTO certificate (enrollment_id, serial, issued_on) "
                              "VALUES (?, ?, ?)")) {}

Result<QString> CertificateRepository::serialFor(qint64 enrollmentId, const QDate& issuedOn) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    // Kept statements: a print of a measure asks once per person.
    auto existing = m_database.readValue(
        QStringLiteral("SELECT serial FROM certificate WHERE enrollment_id = ?"), {enrollmentId});
    if (!existing)
        return existing.error();
    if (!existing->isNull()) {
        const QString kept = existing->toString();
        // Finished, not abandoned: an abandoned part would undo the caller's transaction.
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return kept;
    }
    // The next number of the year's counter: a scan of every certificate never, and a number
    // once given is never given again.
    if (Status allowed = m_database.permits(QStringLiteral("certificate"), Access::Write); !allowed)
        return allowed.error();
    const QString prefix = QStringLiteral("TB-%1-").arg(issuedOn.year());
    auto next = m_database.readValue(
        QStringLiteral("INSERT INTO serial_counter (prefix, last) VALUES (?, 1) "
                       "ON CONFLICT (prefix) DO UPDATE SET last = serial_counter.last + 1 "
                       "RETURNING last"),
        {prefix});
    if (!next)
        return next.error();
    const QString serial =
        prefix + QStringLiteral("%1").arg(next->toInt(), 4, 10, QLatin1Char('0'));
    auto inserted = m_insert.run({enrollmentId, serial, nullIfInvalid(issuedOn)});
    if (!inserted)
        return inserted.error();
    m_database.noteChange(RecordKind::Certificate, enrollmentId);
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return serial;
}

} // namespace Verbund
