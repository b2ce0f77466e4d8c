#include "sessionrepository.h"

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
        QStringLiteral("measure_id = ? AND (CAST(? AS TEXT) IS NULL OR date >= ?) AND "
                       "(CAST(? AS TEXT) IS NULL OR date <= ?)"),
        {measureId, nullIfInvalid(from), nullIfInvalid(from), nullIfInvalid(to), nullIfInvalid(to)},
        QStringLiteral("date, start_time, id"));
}

Result<int> SessionRepository::scheduledUe(qint64 measureId) const {
    auto value = m_database.readValue(
        QStringLiteral("SELECT coalesce(sum(ue), 0) FROM session WHERE measure_id = ?"),
        {measureId});
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace Verbund
