#include "measurerepository.h"

#include "../common/dates.h"
#include "curriculumrepository.h"
#include "database.h"

namespace Verbund {

namespace {

const QString participantsSql = QStringLiteral(
    "(SELECT count(*) FROM enrollment e WHERE e.measure_id = m.id AND e.status <> 'cancelled')");
const QString costSql = QStringLiteral("(CASE m.cost_mode WHEN 'total' THEN m.total_cost ELSE "
                                       "m.cost_per_ue * ") +
                        MeasureRepository::ueSql() + QStringLiteral(" * ") + participantsSql +
                        QStringLiteral(" END)");

QString pathCountSql(const char* path) {
    return QStringLiteral("(SELECT count(*) FROM enrollment e WHERE e.measure_id = m.id AND "
                          "e.status <> 'cancelled' AND e.path = '%1')")
        .arg(QLatin1String(path));
}

int participantsOf(Database& database, qint64 measureId) {
    auto value = sqlValue(database.connection(),
                          QStringLiteral("SELECT count(*) FROM enrollment WHERE measure_id = ? "
                                         "AND status <> 'cancelled'"),
                          {measureId});
    return value ? value->toInt() : 0;
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
    const int participants = saved.meta.isNew() ? 0 : participantsOf(m_database, saved.meta.id);
    if (QList<FieldError> errors = validate(saved, participants); !errors.isEmpty())
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

Status MeasureRepository::readParts(Measure& measure) const {
    auto locations = m_locations.read(measure.meta.id);
    auto shares = m_shares.read(measure.meta.id);
    if (!locations)
        return locations.error();
    if (!shares)
        return shares.error();
    measure.locations.clear();
    for (const QVariantList& row : std::as_const(*locations))
        measure.locations << MeasureLocation{
            row.at(0).toLongLong(),
            enumFromKey<LocationRole>(row.at(1).toString()).value_or(LocationRole::Other)};
    measure.shares.clear();
    for (const QVariantList& row : std::as_const(*shares))
        measure.shares << FundingShare{
            row.at(0).toLongLong(), row.at(1).toLongLong(),
            enumFromKey<ShareKind>(row.at(2).toString()).value_or(ShareKind::Percent),
            row.at(3).toInt(), row.at(4).toLongLong()};
    measure.curriculumUe.reset();
    if (measure.curriculumId > 0) {
        auto ue = sqlValue(m_database.connection(),
                           QStringLiteral("SELECT coalesce(sum(ue), 0) FROM curriculum_topic "
                                          "WHERE curriculum_id = ?"),
                           {measure.curriculumId});
        if (!ue)
            return ue.error();
        measure.curriculumUe = ue->toInt();
    }
    return {};
}

Result<Measure> MeasureRepository::get(qint64 id) const {
    auto measure = m_records.get(id);
    if (!measure)
        return measure;
    if (Status read = readParts(*measure); !read)
        return read.error();
    return measure;
}

Status MeasureRepository::remove(const Measure& measure, EnrollmentsPolicy policy) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto enrolled = sqlValue(m_database.connection(),
                             QStringLiteral("SELECT count(*) FROM enrollment WHERE measure_id = ?"),
                             {measure.meta.id});
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

SqlCondition MeasureRepository::filterCondition(const QString& filter) const {
    return wordFilter(filter,
                      {QStringLiteral("m.title"), QStringLiteral("m.qualification_goal"),
                       QStringLiteral("(SELECT name FROM organisation WHERE id = m.provider_id)")},
                      [](const QString& word) {
                          return keyIn(QStringLiteral("m.status"),
                                       enumKeysMatching<MeasureStatus>(word));
                      });
}

Result<QList<MeasureRow>> MeasureRepository::list(const ListRequest& request) const {
    const QString employed = pathCountSql("employee");
    const QString unemployed = pathCountSql("referred");
    const QString select = QStringLiteral("SELECT m.id, m.title, m.status, m.start_date, "
                                          "m.end_date, ") +
                           employed + QStringLiteral(", ") + unemployed + QStringLiteral(", ") +
                           costSql + QStringLiteral(" FROM measure m");
    const QStringList order{
        QStringLiteral("m.title COLLATE NOCASE"),
        enumOrderSql<MeasureStatus>(QStringLiteral("m.status")),
        QStringLiteral("m.start_date"),
        QStringLiteral("m.end_date"),
        employed,
        unemployed,
        costSql,
    };
    auto query = runListQuery(m_database.connection(), select, filterCondition(request.filter),
                              order, QStringLiteral("m.title COLLATE NOCASE, m.id"), request);
    if (!query)
        return query.error();
    QList<MeasureRow> rows;
    while (query->next()) {
        rows << MeasureRow{
            query->value(0).toLongLong(),
            query->value(1).toString(),
            enumFromKey<MeasureStatus>(query->value(2).toString()).value_or(MeasureStatus::Planned),
            dateFromSql(query->value(3)),
            dateFromSql(query->value(4)),
            query->value(5).toInt(),
            query->value(6).toInt(),
            query->value(7).toLongLong()};
    }
    return rows;
}

Result<int> MeasureRepository::count(const QString& filter) const {
    const SqlCondition where = filterCondition(filter);
    auto value =
        sqlValue(m_database.connection(),
                 QStringLiteral("SELECT count(*) FROM measure m WHERE ") + where.sql, where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<MeasureFigures> MeasureRepository::figures(const Measure& measure) const {
    auto query = runSql(
        m_database.connection(),
        QStringLiteral(
            "SELECT count(*), "
            "coalesce(sum(path = 'employee'), 0), coalesce(sum(path = 'referred'), 0), "
            "coalesce(sum(path = 'other'), 0), coalesce(sum(status = 'completed'), 0), "
            "coalesce(sum(status = 'dropped_out'), 0), "
            "coalesce(sum(exam_result = 'passed'), 0), coalesce(sum(exam_result = 'failed'), 0), "
            "coalesce(sum(hired_by_id IS NOT NULL), 0), "
            "coalesce(sum(path = 'referred' AND hired_by_id = ?), 0) "
            "FROM enrollment WHERE measure_id = ? AND status <> 'cancelled'"),
        {measure.obligation.companyId, measure.meta.id});
    if (!query)
        return query.error();
    query->next();
    MeasureFigures f;
    f.participants = query->value(0).toInt();
    f.employed = query->value(1).toInt();
    f.referred = query->value(2).toInt();
    f.other = query->value(3).toInt();
    f.completed = query->value(4).toInt();
    f.droppedOut = query->value(5).toInt();
    f.passed = query->value(6).toInt();
    f.failed = query->value(7).toInt();
    f.hired = query->value(8).toInt();
    f.obligationHired = query->value(9).toInt();
    f.obligationRequired = measure.obligation.required(f.referred);
    return f;
}

Result<QList<Measure>> MeasureRepository::inPeriod(const QDate& from, const QDate& to) const {
    auto matches = m_records.where(
        QStringLiteral("(? IS NULL OR end_date IS NULL OR end_date >= ?) AND "
                       "(? IS NULL OR start_date IS NULL OR start_date <= ?)"),
        {nullIfInvalid(from), nullIfInvalid(from), nullIfInvalid(to), nullIfInvalid(to)},
        QStringLiteral("start_date, title COLLATE NOCASE, id"));
    if (!matches)
        return matches.error();
    for (Measure& measure : *matches) {
        if (Status read = readParts(measure); !read)
            return read.error();
    }
    return matches;
}

} // namespace Verbund
