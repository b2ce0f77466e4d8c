#include "sessionservice.h"

namespace Verbund {

SessionService::SessionService(Database& database)
    : m_database(database) {}

Result<QList<Session>> SessionService::sessions(qint64 measureId) const {
    return SessionRepository(m_database).forMeasure(measureId);
}

Result<Session> SessionService::get(qint64 id) const {
    return SessionRepository(m_database).get(id);
}

Status SessionService::save(Session& session) {
    return SessionRepository(m_database).save(session);
}

Status SessionService::saveAll(QList<Session>& sessions) {
    return SessionRepository(m_database).saveAll(sessions);
}

Status SessionService::remove(const Session& session) {
    return SessionRepository(m_database).remove(session);
}

Result<AttendanceOverview> SessionService::attendance(qint64 measureId) const {
    return attendanceOverview(m_database, measureId);
}

Status SessionService::mark(const AttendanceMark& mark) {
    return AttendanceRepository(m_database).set(mark);
}

Status SessionService::clearMark(qint64 enrollmentId, qint64 sessionId) {
    return AttendanceRepository(m_database).clear(enrollmentId, sessionId);
}

Result<int> SessionService::fillPresent(const Session& session,
                                        const QList<Enrollment>& enrollments) {
    return AttendanceRepository(m_database).fillPresent(session, enrollments);
}

Result<QHash<std::pair<qint64, qint64>, AttendanceMark>>
SessionService::marks(qint64 measureId) const {
    return AttendanceRepository(m_database).forMeasure(measureId);
}

} // namespace Verbund
