#include "participantrepository.h"

#include "../common/dates.h"
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

ListQuery ParticipantRepository::listQuery(const QString& filter) const {
    const SqlCondition currentMeasure = currentMeasureSql();
    ListQuery query;
    query.from = QStringLiteral("participant p");
    query.key = QStringLiteral("p.id");
    query.columns = {QStringLiteral("p.id, ") + nameSql +
                         QStringLiteral(", p.birth_date, p.employment, ") + organisationSql +
                         QStringLiteral(", p.city, ") + currentMeasure.sql,
                     currentMeasure.values};
    query.where = searchCondition(m_store.database().dialect(), QStringLiteral("p.id"),
                                  QStringLiteral("participant_search"), filter);
    // The name's order is the index participant_sort.
    const QList<SqlCondition> name{QStringLiteral("coalesce(p.last_name, '') COLLATE NOCASE"),
                                   QStringLiteral("coalesce(p.first_name, '') COLLATE NOCASE")};
    query.sortTerms = {
        name,
        {QStringLiteral("coalesce(p.birth_date, '')")},
        {enumOrderSql<EmploymentStatus>(QStringLiteral("p.employment"))},
        {organisationSql + QStringLiteral(" COLLATE NOCASE")},
        {QStringLiteral("coalesce(p.city, '') COLLATE NOCASE")},
        {{currentMeasure.sql + QStringLiteral(" COLLATE NOCASE"), currentMeasure.values}},
    };
    query.tieBreakers = name;
    return query;
}

Result<QList<ParticipantRow>> ParticipantRepository::list(const ListRequest& request) const {
    auto read = listQuery(request.filter).page(m_store.database(), request);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QList<ParticipantRow> rows;
    while (query.next()) {
        rows << ParticipantRow{query.value(0).toLongLong(),
                               query.value(1).toString(),
                               dateFromSql(query.value(2)),
                               enumFromKey<EmploymentStatus>(query.value(3).toString())
                                   .value_or(EmploymentStatus::Other),
                               query.value(4).toString(),
                               query.value(5).toString(),
                               query.value(6).toString()};
    }
    return rows;
}

Status ParticipantRepository::forEachText(const std::function<void(const TextRow&)>& take) const {
    return m_store.database().readText(
        QStringLiteral(
            "SELECT p.id, p.last_name, p.first_name, p.birth_date, p.gender, p.email, p.phone, "
            "p.postcode, p.city, p.employment, employer.name, referrer.name, "
            "p.prior_qualification, p.entry_conditions, p.consent_date, p.notes, "
            "p.education, p.unemployed_since "
            "FROM participant p LEFT JOIN organisation employer ON employer.id = p.employer_id "
            "LEFT JOIN organisation referrer ON referrer.id = p.referred_by_id "
            // The order of the index participant_sort.
            "ORDER BY coalesce(p.last_name, '') COLLATE NOCASE, "
            "coalesce(p.first_name, '') COLLATE NOCASE, p.id"),
        {}, take);
}

Result<int> ParticipantRepository::count(const QString& filter) const {
    return listQuery(filter).count(m_store.database());
}

Result<int> ParticipantRepository::position(const ListRequest& request, qint64 id) const {
    return listQuery(request.filter).position(m_store.database(), request, id);
}

Result<QList<qint64>> ParticipantRepository::keys(const ListRequest& request) const {
    return listQuery(request.filter).keys(m_store.database(), request);
}

QString ParticipantRepository::identityKey(const Participant& participant) {
    return RecordStore::identityKey(
        {participant.firstName, participant.lastName, isoDate(participant.birthDate)});
}

Result<QHash<size_t, qint64>> ParticipantRepository::identities() const {
    return m_store.identities(
        {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("birth_date")});
}

Status ParticipantRepository::deferSearch() const {
    auto done = runSql(m_store.database().connection(),
                       QStringLiteral("INSERT INTO search_deferred (since) "
                                      "SELECT coalesce(max(id), 0) FROM participant"));
    if (!done)
        return done.error();
    return {};
}

Status ParticipantRepository::indexDeferred() const {
    const QSqlDatabase db = m_store.database().connection();
    const QString since = QStringLiteral("(SELECT min(since) FROM search_deferred)");
    // A person added and then changed in the same run was indexed by the change.
    for (const QString& sql :
         {QStringLiteral("DELETE FROM participant_search WHERE rowid > %1").arg(since),
          QStringLiteral("INSERT INTO participant_search (rowid, words) SELECT id, words FROM "
                         "participant_words WHERE id > %1")
              .arg(since),
          QStringLiteral("DELETE FROM search_deferred")}) {
        if (auto done = runSql(db, sql); !done)
            return done.error();
    }
    return {};
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
