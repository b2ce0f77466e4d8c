#pragma once

#include "recordmapping.h"

#include <QHash>

namespace Verbund {

// The sessions of measures. Every session lies inside its measure's dates.
class SessionRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::SessionRepository)
public:
    explicit SessionRepository(Database& database);

    Status save(Session& session);
    // Saves all of them in one transaction, or none.
    Status saveAll(QList<Session>& sessions);
    Result<Session> get(qint64 id) const;
    Status remove(const Session& session);
    // In date order.
    Result<QList<Session>> forMeasure(qint64 measureId, const QDate& from = {},
                                      const QDate& to = {}) const;
    Result<int> scheduledUe(qint64 measureId) const;

private:
    Status check(const Session& session) const;

    Database& m_database;
    Repository<Session> m_records;
};

// Attendance marks: one per enrollment and session, or none while not recorded.
class AttendanceRepository final {
public:
    explicit AttendanceRepository(Database& database);

    // All marks of the measure, by (enrollment, session).
    Result<QHash<std::pair<qint64, qint64>, AttendanceMark>> forMeasure(qint64 measureId) const;
    Status set(const AttendanceMark& mark);
    // Forgets the mark: not recorded.
    Status clear(qint64 enrollmentId, qint64 sessionId);
    // Marks everybody the session concerns and who has no mark yet as present.
    Result<int> fillPresent(const Session& session, const QList<Enrollment>& enrollments);

private:
    Database& m_database;
};

// The serial numbers of certificates: given once, the same on every re-print.
class CertificateRepository final {
public:
    explicit CertificateRepository(Database& database);

    // The enrollment's serial, made on first use as "TB-<year>-<number>".
    Result<QString> serialFor(qint64 enrollmentId, const QDate& issuedOn);

private:
    Database& m_database;
};

} // namespace Verbund
