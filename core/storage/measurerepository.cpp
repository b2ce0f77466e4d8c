#include "measurerepository.h"

#include "../common/dates.h"
#include "curriculumrepository.h"
#include "database.h"
#include "enrollmentrepository.h"

namespace Verbund {

namespace {

// The people taking part in the measure m, on one path or on any.
SqlCondition participantsSql(std::optional<EnrollmentPath> path = std::nullopt) {
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    SqlCondition count(
        QStringLiteral("(SELECT count(*) FROM enrollment e WHERE e.measure_id = m.id AND ") +
            takesPart.sql,
        takesPart.values);
    if (path) {
        count.sql += QStringLiteral(" AND e.path = ?");
        count.values << enumKey(*path);
    }
    count.sql += QLatin1Char(')');
    return count;
}

// The cost of the measure m: its total, or its price per UE and participant.
SqlCondition costSql() {
    const SqlCondition participants = participantsSql();
    return {QStringLiteral("(CASE m.cost_mode WHEN ? THEN m.total_cost ELSE m.cost_per_ue * ") +
                MeasureRepository::ueSql() + QStringLiteral(" * ") + participants.sql +
                QStringLiteral(" END)"),
            QVariantList{enumKey(CostMode::Total)} + participants.values};
}

Result<int> participantsOf(Database& database, qint64 measureId) {
    const SqlCondition participants = participantsSql();
    auto value = database.readValue(QStringLiteral("SELECT ") + participants.sql +
                                        QStringLiteral(" FROM measure m WHERE m.id = ?"),
                                    participants.values + QVariantList{measureId});
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace

QString MeasureRepository::ueSql() {
    return QStringLiteral(
        "(CASE WHEN m.curriculum_id IS NULL THEN m.planned_ue ELSE (SELECT coalesce(sum(t.ue), "
        "0) FROM curriculum_topic t WHERE t.curriculum_id = m.curriculum_id) END)");
}

MeasureRepository::MeasureRepository(Database& database)
    : m_database(database)
    , m_records(database)
    , m_locations(database, QStringLiteral("measure_location"), QStringLiteral("measure_id"),
                  {QStringLiteral("organisation_id"), QStringLiteral("role")})
    , m_shares(database, QStringLiteral("funding_share"), QStringLiteral("measure_id"),
               {QStringLiteral("funder_id"), QStringLiteral("programme_id"), QStringLiteral("kind"),
                QStringLiteral("basis_points"), QStringLiteral("amount")}) {}

Status MeasureRepository::save(Measure& measure) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Measure saved = measure;
    if (saved.curriculumId > 0) {
        auto curriculum = CurriculumRepository(m_database).get(saved.curriculumId);
        if (!curriculum)
            return curriculum.error();
        saved.curriculumUe = curriculum->totalUe();
    } else {
        saved.curriculumUe.reset();
    }
    auto participants =
        saved.meta.isNew() ? Result<int>(0) : participantsOf(m_database, saved.meta.id);
    if (!participants)
        return participants.error();
    if (QList<FieldError> errors = validate(saved, *participants); !errors.isEmpty())
        return Error::validation(errors);
    if (Status written = m_records.write(saved); !written)
        return written;
    QList<QVariantList> locations;
    for (const MeasureLocation& location : std::as_const(saved.locations))
        locations << QVariantList{location.organisationId, enumKey(location.role)};
    if (Status written = m_locations.replace(saved.meta.id, locations); !written)
        return written;
    QList<QVariantList> shares;
    for (const FundingShare& share : std::as_const(saved.shares))
        shares << QVariantList{share.funderId, nullIfZero(share.programmeId), enumKey(share.kind),
                               share.kind == ShareKind::Percent ? share.basisPoints : 0,
                               share.kind == ShareKind::Amount ? share.amount : 0};
    if (Status written = m_shares.replace(saved.meta.id, shares); !written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    measure = saved;
    return {};
}

Status MeasureRepository::readParts(QList<Measure>& measures, const SqlCondition& ids) const {
    const SqlCondition parents{QStringLiteral("measure_id IN (") + ids.sql + QLatin1Char(')'),
                               ids.values};
    auto locations = m_locations.readWhere(parents);
    auto shares = m_shares.readWhere(parents);
    if (!locations)
        return locations.error();
    if (!shares)
        return shares.error();
    // The UE of the curricula these measures follow, in one query.
    auto ue = runSql(m_database.connection(),
                     QStringLiteral("SELECT curriculum_id, sum(ue) FROM curriculum_topic WHERE "
                                    "curriculum_id IN (SELECT curriculum_id FROM measure WHERE "
                                    "id IN (") +
                         ids.sql + QStringLiteral(")) GROUP BY curriculum_id"),
                     ids.values);
    if (!ue)
        return ue.error();
    QHash<qint64, int> curriculumUe;
    while (ue->next())
        curriculumUe.insert(ue->value(0).toLongLong(), ue->value(1).toInt());
    for (Measure& measure : measures) {
        measure.locations.clear();
        for (const QVariantList& row : locations->value(measure.meta.id))
            measure.locations << MeasureLocation{
                row.at(0).toLongLong(),
                enumFromKey<LocationRole>(row.at(1).toString()).value_or(LocationRole::Other)};
        measure.shares.clear();
        for (const QVariantList& row : shares->value(measure.meta.id))
            measure.shares << FundingShare{
                row.at(0).toLongLong(), row.at(1).toLongLong(),
                enumFromKey<ShareKind>(row.at(2).toString()).value_or(ShareKind::Percent),
                row.at(3).toInt(), row.at(4).toLongLong()};
        measure.curriculumUe.reset();
        if (measure.curriculumId > 0)
            measure.curriculumUe = curriculumUe.value(measure.curriculumId, 0);
    }
    return {};
}

Result<Measure> MeasureRepository::get(qint64 id) const {
    auto measure = m_records.get(id);
    if (!measure)
        return measure;
    QList<Measure> one{*measure};
    if (Status read = readParts(one, {QStringLiteral("?"), {id}}); !read)
        return read.error();
    return one.constFirst();
}

Status MeasureRepository::remove(const Measure& measure, EnrollmentsPolicy policy) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto enrolled = m_database.readValue(
        QStringLiteral("SELECT count(*) FROM enrollment WHERE measure_id = ?"), {measure.meta.id});
    if (!enrolled)
        return enrolled.error();
    if (enrolled->toInt() > 0 && policy == EnrollmentsPolicy::Refuse)
        return Error(ErrorCode::HasDependents,
                     tr("“%1” has %n enrollment(s). Delete them too, or keep the measure.", nullptr,
                        enrolled->toInt())
                         .arg(measure.title));
    // Enrollments, places of learning and shares go by ON DELETE CASCADE.
    if (Status removed = m_records.remove(measure); !removed)
        return removed;
    return transaction.commit();
}

Result<Measure> MeasureRepository::find(const QString& subject) const {
    auto id = m_records.idForSubject(
        subject, QStringLiteral("title"), tr("There is no measure with the id or title “%1”."),
        tr("Several measures are called “%1” (ids %2). Name one by its id."));
    if (!id)
        return id.error();
    return get(*id);
}

ListQuery MeasureRepository::listQuery(const QString& filter) {
    ListQuery query;
    query.from = QStringLiteral("measure m");
    query.key = QStringLiteral("m.id");
    query.where = wordFilter(
        filter,
        {QStringLiteral("m.title"), QStringLiteral("m.qualification_goal"),
         QStringLiteral("(SELECT name FROM organisation WHERE id = m.provider_id)")},
        [](const QString& word) {
            return keyIn(QStringLiteral("m.status"), enumKeysMatching<MeasureStatus>(word));
        });
    const SqlCondition employed = participantsSql(EnrollmentPath::Employee);
    const SqlCondition unemployed = participantsSql(EnrollmentPath::Referred);
    const SqlCondition cost = costSql();
    query.columns = {QStringLiteral("m.id, m.title, m.status, m.start_date, m.end_date, ") +
                         employed.sql + QStringLiteral(", ") + unemployed.sql +
                         QStringLiteral(", ") + cost.sql,
                     employed.values + unemployed.values + cost.values};
    const SqlCondition title(QStringLiteral("m.title COLLATE NOCASE"));
    query.sortTerms = {
        {title},
        {enumOrderSql<MeasureStatus>(QStringLiteral("m.status"))},
        {QStringLiteral("coalesce(m.start_date, '')")},
        {QStringLiteral("coalesce(m.end_date, '')")},
        {employed},
        {unemployed},
        {cost},
    };
    query.tieBreakers = {title};
    return query;
}

Result<QList<MeasureRow>> MeasureRepository::list(const ListRequest& request) const {
    auto read = listQuery(request.filter).page(m_database, request);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QList<MeasureRow> rows;
    while (query.next()) {
        rows << MeasureRow{
            query.value(0).toLongLong(),
            query.value(1).toString(),
            enumFromKey<MeasureStatus>(query.value(2).toString()).value_or(MeasureStatus::Planned),
            dateFromSql(query.value(3)),
            dateFromSql(query.value(4)),
            query.value(5).toInt(),
            query.value(6).toInt(),
            query.value(7).toLongLong()};
    }
    return rows;
}

Result<int> MeasureRepository::count(const QString& filter) const {
    return listQuery(filter).count(m_database);
}

Result<int> MeasureRepository::position(const ListRequest& request, qint64 id) const {
    return listQuery(request.filter).position(m_database, request, id);
}

Result<QList<qint64>> MeasureRepository::keys(const ListRequest& request) const {
    return listQuery(request.filter).keys(m_database, request);
}

Result<QHash<qint64, MeasureFigures>>
MeasureRepository::figuresWhere(const SqlCondition& measures) const {
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    auto read = m_database.runRead(
        QStringLiteral("SELECT e.measure_id, count(*), "
                       "count(*) FILTER (WHERE e.path = ?), count(*) FILTER (WHERE e.path = ?), "
                       "count(*) FILTER (WHERE e.path = ?), count(*) FILTER (WHERE e.status = ?), "
                       "count(*) FILTER (WHERE e.status = ?), "
                       "count(*) FILTER (WHERE e.exam_result = ?), "
                       "count(*) FILTER (WHERE e.exam_result = ?), "
                       "count(*) FILTER (WHERE e.hired_by_id IS NOT NULL), "
                       "count(*) FILTER (WHERE e.path = ? AND "
                       "e.hired_by_id = m.obligation_company_id) "
                       "FROM enrollment e JOIN measure m ON m.id = e.measure_id WHERE ") +
            measures.sql + QStringLiteral(" AND ") + takesPart.sql +
            QStringLiteral(" GROUP BY e.measure_id"),
        QVariantList{enumKey(EnrollmentPath::Employee), enumKey(EnrollmentPath::Referred),
                     enumKey(EnrollmentPath::Other), enumKey(EnrollmentStatus::Completed),
                     enumKey(EnrollmentStatus::DroppedOut), enumKey(ExamResult::Passed),
                     enumKey(ExamResult::Failed), enumKey(EnrollmentPath::Referred)} +
            measures.values + takesPart.values);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QHash<qint64, MeasureFigures> figures;
    while (query.next()) {
        MeasureFigures& f = figures[query.value(0).toLongLong()];
        f.participants = query.value(1).toInt();
        f.employed = query.value(2).toInt();
        f.referred = query.value(3).toInt();
        f.other = query.value(4).toInt();
        f.completed = query.value(5).toInt();
        f.droppedOut = query.value(6).toInt();
        f.passed = query.value(7).toInt();
        f.failed = query.value(8).toInt();
        f.hired = query.value(9).toInt();
        f.obligationHired = query.value(10).toInt();
    }
    return figures;
}

Result<MeasureFigures> MeasureRepository::figures(const Measure& measure) const {
    auto figures = figuresWhere({QStringLiteral("m.id = ?"), {measure.meta.id}});
    if (!figures)
        return figures.error();
    MeasureFigures f = figures->value(measure.meta.id);
    f.obligationRequired = measure.obligation.required(f.referred);
    return f;
}

Result<QHash<qint64, MeasureFigures>>
MeasureRepository::figuresInPeriod(const QList<Measure>& measures, const QDate& from,
                                   const QDate& to) const {
    const SqlCondition overlaps = overlapSql(from, to, QStringLiteral("m."));
    auto figures = figuresWhere(overlaps);
    if (!figures)
        return figures.error();
    for (const Measure& measure : measures) {
        MeasureFigures& f = (*figures)[measure.meta.id];
        f.obligationRequired = measure.obligation.required(f.referred);
    }
    return figures;
}

SqlCondition MeasureRepository::overlapSql(const QDate& from, const QDate& to,
                                           const QString& alias) {
    return {QStringLiteral("(CAST(? AS TEXT) IS NULL OR %1end_date IS NULL OR %1end_date >= ?) AND "
                           "(CAST(? AS TEXT) IS NULL OR %1start_date IS NULL OR %1start_date <= ?)")
                .arg(alias),
            {nullIfInvalid(from), nullIfInvalid(from), nullIfInvalid(to), nullIfInvalid(to)}};
}

Result<QList<Measure>> MeasureRepository::inPeriod(const QDate& from, const QDate& to) const {
    const SqlCondition overlaps = overlapSql(from, to);
    auto matches = m_records.where(overlaps.sql, overlaps.values,
                                   QStringLiteral("start_date, title COLLATE NOCASE, id"));
    // Their places, shares and curricula by the set, not measure by measure.
    const SqlCondition period{QStringLiteral("SELECT id FROM measure WHERE ") + overlaps.sql,
                              overlaps.values};
    if (!matches)
        return matches.error();
    if (Status read = readParts(*matches, period); !read)
        return read.error();
    return matches;
}

} // namespace Verbund
