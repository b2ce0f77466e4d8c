#include "attendancerepository.h"

#include "../common/dates.h"
#include "database.h"

namespace Verbund {

SessionRepository::SessionRepository(Database& database)
    : m_database(database)
    , m_records(database) {}

Status SessionRepository::check(const Session& session) const {
    if (QList<FieldError> errors = validate(session); !errors.isEmpty())
        return Error::validation(errors);
    auto dates =
        runSql(m_database.connection(),
               QStringLiteral("SELECT start_date, end_date, title FROM measure WHERE id = ?"),
               {session.measureId});
    if (!dates)
        return dates.error();
    if (!dates->next())
        return RecordStore::recordGone();
    const QDate start = dateFromSql(dates->value(0));
    const QDate end = dateFromSql(dates->value(1));
    if ((start.isValid() && session.date < start) || (end.isValid() && session.date > end))
        return Error::validation({{QLatin1String(Field::Date),
                                   tr("%1 lies outside the measure “%2” (%3 – %4).")
                                       .arg(formatDate(session.date), dates->value(2).toString(),
                                            formatDate(start), formatDate(end))}});
    return {};
}

Status SessionRepository::save(Session& session) {
    if (Status checked = check(session); !checked)
        return checked;
    return m_records.write(session);
}

Status SessionRepository::saveAll(QList<Session>& sessions) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    QList<Session> saved = sessions;
    for (Session& session : saved) {
        if (Status written = save(session); !written)
            return written;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    sessions = saved;
    return {};
}

Result<Session> SessionRepository::get(qint64 id) const {
    return m_records.get(id);
}

Status SessionRepository::remove(const Session& session) {
    return m_records.remove(session);
}

Result<QList<Session>> SessionRepository::forMeasure(qint64 measureId, const QDate& from,
                                                     const QDate& to) const {
    return m_records.where(
        QStringLiteral("measure_id = ? AND (? IS NULL OR date >= ?) AND (? IS NULL OR date <= ?)"),
        {measureId, nullIfInvalid(from), nullIfInvalid(from), nullIfInvalid(to), nullIfInvalid(to)},
        QStringLiteral("date, start_time, id"));
}

Result<int> SessionRepository::scheduledUe(qint64 measureId) const {
    auto value =
        sqlValue(m_database.connection(),
                 QStringLiteral("SELECT coalesce(sum(ue), 0) FROM session WHERE measure_id = ?"),
                 {measureId});
    if (!value)
        return value.error();
    return value->toInt();
}

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
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    int filled = 0;
    for (const Enrollment& enrollment : enrollments) {
        if (!enrollment.takesPart() || !session.concerns(enrollment))
            continue;
        auto inserted = runSql(m_database.connection(),
                               QStringLiteral("INSERT OR IGNORE INTO attendance (enrollment_id, "
                                              "session_id, state, ue) VALUES (?, ?, 'present', 0)"),
                               {enrollment.meta.id, session.meta.id});
        if (!inserted)
            return inserted.error();
        filled += inserted->numRowsAffected();
    }
    m_database.noteChange(RecordKind::Attendance, session.meta.id);
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return filled;
}

CertificateRepository::CertificateRepository(Database& database)
    : m_database(database) {}

Result<QString> CertificateRepository::serialFor(qint64 enrollmentId, const QDate& issuedOn) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun().error();
    auto existing = runSql(m_database.connection(),
                           QStringLiteral("SELECT serial FROM certificate WHERE enrollment_id = ?"),
                           {enrollmentId});
    if (!existing)
        return existing.error();
    if (existing->next()) {
        const QString kept = existing->value(0).toString();
        // Finished, not abandoned: an abandoned part would undo the caller's transaction.
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return kept;
    }
    const QString prefix = QStringLiteral("TB-%1-").arg(issuedOn.year());
    auto count = sqlValue(m_database.connection(),
                          QStringLiteral("SELECT count(*) FROM certificate WHERE serial LIKE ?"),
                          {prefix + QLatin1Char('%')});
    if (!count)
        return count.error();
    const QString serial =
        prefix + QStringLiteral("%1").arg(count->toInt() + 1, 4, 10, QLatin1Char('0'));
    auto inserted =
        runSql(m_database.connection(),
               QStringLiteral("INSERT INTO certificate (enrollment_id, serial, issued_on) "
                              "VALUES (?, ?, ?)"),
               {enrollmentId, serial, nullIfInvalid(issuedOn)});
    if (!inserted)
        return inserted.error();
    m_database.noteChange(RecordKind::Certificate, enrollmentId);
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return serial;
}

} // namespace Verbund
