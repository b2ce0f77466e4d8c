#include "participantrepository.h"

#include "database.h"

namespace Verbund {

namespace {

const QString nameSql = lastFirstNameSql(QStringLiteral("p"));
const QString organisationSql =
    QStringLiteral("coalesce((SELECT name FROM organisation WHERE id = p.employer_id), "
                   "(SELECT name FROM organisation WHERE id = p.referred_by_id), '')");
// The title of the latest measure the person p is registered for or active in.
SqlCondition currentMeasureSql() {
    const SqlCondition current =
        keyIn(QStringLiteral("e.status"),
              {enumKey(EnrollmentStatus::Registered), enumKey(EnrollmentStatus::Active)});
    return {QStringLiteral("coalesce((SELECT m.title FROM enrollment e JOIN measure m ON m.id = "
                           "e.measure_id WHERE e.participant_id = p.id AND ") +
                current.sql +
                QStringLiteral(" ORDER BY m.start_date DESC, e.id DESC LIMIT 1), '')"),
            current.values};
}

} // namespace

SqlCondition ParticipantRepository::filterCondition(const QString& filter) const {
    return wordFilter(filter,
                      {QStringLiteral("p.first_name"), QStringLiteral("p.last_name"),
                       QStringLiteral("p.city"), organisationSql},
                      [](const QString& word) {
                          SqlCondition measure = currentMeasureSql();
                          measure.sql += QStringLiteral(" LIKE ? ESCAPE '\\'");
                          measure.values << likePattern(word);
                          return measure;
                      });
}

Result<QList<ParticipantRow>> ParticipantRepository::list(const ListRequest& request) const {
    const SqlCondition currentMeasure = currentMeasureSql();
    const SqlCondition select(QStringLiteral("SELECT p.id, ") + nameSql +
                                  QStringLiteral(", p.birth_date, p.employment, ") +
                                  organisationSql + QStringLiteral(", p.city, ") +
                                  currentMeasure.sql + QStringLiteral(" FROM participant p"),
                              currentMeasure.values);
    const QList<SqlCondition> order{
        // One expression, so that a descending order applies to the whole name.
        nameSql + QStringLiteral(" COLLATE NOCASE"),
        QStringLiteral("p.birth_date"),
        enumOrderSql<EmploymentStatus>(QStringLiteral("p.employment")),
        organisationSql + QStringLiteral(" COLLATE NOCASE"),
        QStringLiteral("p.city COLLATE NOCASE"),
        {currentMeasure.sql + QStringLiteral(" COLLATE NOCASE"), currentMeasure.values},
    };
    auto query =
        runListQuery(m_store.database().connection(), select, filterCondition(request.filter),
                     order, QStringLiteral("p.last_name COLLATE NOCASE, p.id"), request);
    if (!query)
        return query.error();
    QList<ParticipantRow> rows;
    while (query->next()) {
        rows << ParticipantRow{query->value(0).toLongLong(),
                               query->value(1).toString(),
                               dateFromSql(query->value(2)),
                               enumFromKey<EmploymentStatus>(query->value(3).toString())
                                   .value_or(EmploymentStatus::Other),
                               query->value(4).toString(),
                               query->value(5).toString(),
                               query->value(6).toString()};
    }
    return rows;
}

Result<int> ParticipantRepository::count(const QString& filter) const {
    const SqlCondition where = filterCondition(filter);
    auto value = sqlValue(m_store.database().connection(),
                          QStringLiteral("SELECT count(*) FROM participant p WHERE ") + where.sql,
                          where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QList<ParticipantEnrollmentRow>>
ParticipantRepository::enrollments(qint64 participantId) const {
    auto query = runSql(m_store.database().connection(),
                        QStringLiteral("SELECT e.id, m.id, m.title, e.path, e.status, "
                                       "coalesce(e.start_date, m.start_date), "
                                       "coalesce(e.exit_date, m.end_date), e.exam_result "
                                       "FROM enrollment e JOIN measure m ON m.id = e.measure_id "
                                       "WHERE e.participant_id = ? "
                                       "ORDER BY m.start_date DESC, e.id DESC"),
                        {participantId});
    if (!query)
        return query.error();
    QList<ParticipantEnrollmentRow> rows;
    while (query->next()) {
        rows << ParticipantEnrollmentRow{
            query->value(0).toLongLong(),
            query->value(1).toLongLong(),
            query->value(2).toString(),
            enumFromKey<EnrollmentPath>(query->value(3).toString()).value_or(EnrollmentPath::Other),
            enumFromKey<EnrollmentStatus>(query->value(4).toString())
                .value_or(EnrollmentStatus::Registered),
            dateFromSql(query->value(5)),
            dateFromSql(query->value(6)),
            enumFromKey<ExamResult>(query->value(7).toString()).value_or(ExamResult::None)};
    }
    return rows;
}

} // namespace Verbund
