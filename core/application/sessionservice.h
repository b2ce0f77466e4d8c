#pragma once

#include "../services/attendance.h"
#include "../storage/attendancerepository.h"
#include "../storage/sessionrepository.h"

namespace Verbund {

class Database;

// A measure's sessions and the attendance marked in them.
class SessionService final {
public:
    explicit SessionService(Database& database);

    // In date order.
    Result<QList<Session>> sessions(qint64 measureId) const;
    Result<Session> get(qint64 id) const;
    Status save(Session& session);
    // A series: all of them in one transaction, or none.
    Status saveAll(QList<Session>& sessions);
    Status remove(const Session& session);

    // The grid of a measure: people, sessions, marks and totals.
    Result<AttendanceOverview> attendance(qint64 measureId) const;
    Status mark(const AttendanceMark& mark);
    Status clearMark(qint64 enrollmentId, qint64 sessionId);
    // Marks everyone the session concerns present who has no mark yet; returns how many.
    Result<int> fillPresent(const Session& session, const QList<Enrollment>& enrollments);
    Result<QHash<std::pair<qint64, qint64>, AttendanceMark>> marks(qint64 measureId) const;

private:
    Database& m_database;
};

} // namespace Verbund
