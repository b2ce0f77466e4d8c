#include "attendancerepository.h"

#include "../common/dates.h"
#include "database.h"

namespace Verbund {

AttendanceRepository::AttendanceRepository(Database& database)
    : m_database(database) {}

Result<QHash<std::pair<qint64, qint64>, AttendanceMark>>
AttendanceRepository::forMeasure(qint64 measureId) const {
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT a.enrollment_id, a.session_id, a.state, a.ue "
                                       "FROM attendance a JOIN session s ON s.id = a.session_id "
                                       "WHERE s.measure_id = ?"),
                        {measureId});
    if (!query)
        return query.error();
    QHash<std::pair<qint64, qint64>, AttendanceMark> marks;
    while (query->next()) {
        const AttendanceMark mark{query->value(0).toLongLong(), query->value(1).toLongLong(),
                                  enumFromKey<AttendanceState>(query->value(2).toString())
                                      .value_or(AttendanceState::Absent),
                                  query->value(3).toInt()};
        marks.insert({mark.enrollmentId, mark.sessionId}, mark);
    }
    return marks;
}

Status AttendanceRepository::set(const AttendanceMark& mark) {
    if (Status allowed = m_database.permits(QStringLiteral("attendance"), Access::Write); !allowed)
        return allowed;
    auto written =
        runSql(m_database.connection(),
               QStringLiteral("INSERT INTO attendance (enrollment_id, session_id, state, ue) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (enrollment_id, session_id) "
                              "DO UPDATE SET state = excluded.state, ue = excluded.ue"),
               {mark.enrollmentId, mark.sessionId, enumKey(mark.state),
                mark.state == AttendanceState::Partial ? mark.ue : 0});
    if (!written)
        return written.error();
    m_database.noteChange(RecordKind::Attendance, mark.sessionId);
    return {};
}

Status AttendanceRepository::clear(qint64 enrollmentId, qint64 sessionId) {
    if (Status allowed = m_database.permits(QStringLiteral("attendance"), Access::Delete); !allowed)
        return allowed;
    auto removed = runSql(m_database.connection(),
                          QStringLiteral("DELETE FROM attendance WHERE enrollment_id = ? AND "
                                         "session_id = ?"),
                          {enrollmentId, sessionId});
    if (!removed)
        return removed.error();
    m_database.noteChange(RecordKind::Attendance, sessionId);
    return {};
}

Result<int> AttendanceRepository::fillPresent(const Session& session,
                                              const QList<Enrollment>& enrollments) {
    if (Status allowed = m_database.permits(QStringLiteral("attendance"), Access::Write); !allowed)
        return allowed.error();
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    int filled = 0;
    for (const Enrollment& enrollment : enrollments) {
        if (!enrollment.takesPart() || !session.concerns(enrollment))
            continue;
        auto inserted =
            runSql(m_database.connection(),
                   QStringLiteral("INSERT INTO attendance (enrollment_id, session_id, state, "
                                  "ue) VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING"),
                   {enrollment.meta.id, session.meta.id, enumKey(AttendanceState::Present)});
        if (!inserted)
            return inserted.error();
        filled += inserted->numRowsAffected();
    }
    m_database.noteChange(RecordKind::Attendance, session.meta.id);
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return filled;
}

} // namespace Verbund
