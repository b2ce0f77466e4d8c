#include "measurerepository.h"

#include "../common/dates.h"
#include "curriculumrepository.h"
#include "database.h"

namespace Verbund {

namespace {

const QString participantsSql = QStringLiteral(
    "(SELECT count(*) FROM enrollment e WHERE e.measure_id = m.id AND e.status <> 'cancelled')");
const QString ueSql = QStringLiteral(
    "(CASE WHEN m.curriculum_id IS NULL THEN m.planned_ue ELSE (SELECT coalesce(sum(t.ue), 0) "
    "FROM curriculum_topic t WHERE t.curriculum_id = m.curriculum_id) END)");
const QString costSql = QStringLiteral("(CASE m.cost_mode WHEN 'total' THEN m.total_cost ELSE "
                                       "m.cost_per_ue * ") +
                        ueSql + QStringLiteral(" * ") + participantsSql + QStringLiteral(" END)");

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

EnrollmentRepository::EnrollmentRepository(Database& database)
    : m_database(database)
    , m_records(database)
    , m_credits(database, QStringLiteral("enrollment_credit"), QStringLiteral("enrollment_id"),
                {QStringLiteral("topic_id")}) {}

Status EnrollmentRepository::save(Enrollment& enrollment) {
    if (QList<FieldError> errors = validate(enrollment); !errors.isEmpty())
        return Error::validation(errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto measure = MeasureRepository(m_database).get(enrollment.measureId);
    if (!measure)
        return measure.error();
    QList<FieldError> errors;
    const QString period =
        QStringLiteral("%1 – %2").arg(formatDate(measure->startDate), formatDate(measure->endDate));
    auto outside = [&measure](const QDate& date) {
        return date.isValid() && ((measure->startDate.isValid() && date < measure->startDate) ||
                                  (measure->endDate.isValid() && date > measure->endDate));
    };
    if (outside(enrollment.startDate))
        errors << FieldError{QLatin1String(Field::StartDate),
                             tr("The start lies outside the measure (%1).").arg(period)};
    if (outside(enrollment.exitDate))
        errors << FieldError{QLatin1String(Field::ExitDate),
                             tr("The exit lies outside the measure (%1).").arg(period)};
    if (enrollment.takesPart() && measure->capacity > 0) {
        auto others =
            sqlValue(m_database.connection(),
                     QStringLiteral("SELECT count(*) FROM enrollment WHERE measure_id = ? "
                                    "AND status <> 'cancelled' AND id <> ?"),
                     {enrollment.measureId, enrollment.meta.id});
        if (!others)
            return others.error();
        if (others->toInt() >= measure->capacity)
            errors << FieldError{
                QLatin1String(Field::Measure),
                tr("“%1” is full: %n place(s), all taken.", nullptr, measure->capacity)
                    .arg(measure->title)};
    }
    auto twice = sqlValue(m_database.connection(),
                          QStringLiteral("SELECT count(*) FROM enrollment WHERE measure_id = ? "
                                         "AND participant_id = ? AND id <> ?"),
                          {enrollment.measureId, enrollment.participantId, enrollment.meta.id});
    if (!twice)
        return twice.error();
    if (twice->toInt() > 0)
        errors << FieldError{QLatin1String(Field::Participant),
                             tr("The person is already enrolled in “%1”.").arg(measure->title)};
    if (!enrollment.creditedTopicIds.isEmpty()) {
        auto topics = CurriculumRepository(m_database).get(measure->curriculumId);
        QList<qint64> known;
        if (topics) {
            for (const Topic& topic : std::as_const(topics->topics))
                known << topic.id;
        }
        for (const qint64 id : std::as_const(enrollment.creditedTopicIds)) {
            if (!known.contains(id)) {
                errors << FieldError{QStringLiteral("credits"),
                                     tr("Only topics of the measure's curriculum can be "
                                        "credited.")};
                break;
            }
        }
    }
    if (!errors.isEmpty())
        return Error::validation(errors);

    Enrollment saved = enrollment;
    if (Status written = m_records.write(saved); !written)
        return written;
    QList<QVariantList> credits;
    for (const qint64 id : std::as_const(saved.creditedTopicIds))
        credits << QVariantList{id};
    if (Status written = m_credits.replace(saved.meta.id, credits); !written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    enrollment = saved;
    return {};
}

Status EnrollmentRepository::readCredits(Enrollment& enrollment) const {
    auto credits = m_credits.read(enrollment.meta.id);
    if (!credits)
        return credits.error();
    enrollment.creditedTopicIds.clear();
    for (const QVariantList& row : std::as_const(*credits))
        enrollment.creditedTopicIds << row.at(0).toLongLong();
    return {};
}

Result<Enrollment> EnrollmentRepository::get(qint64 id) const {
    auto enrollment = m_records.get(id);
    if (!enrollment)
        return enrollment;
    if (Status read = readCredits(*enrollment); !read)
        return read.error();
    return enrollment;
}

Status EnrollmentRepository::remove(const Enrollment& enrollment) {
    return m_records.remove(enrollment);
}

Result<QList<Enrollment>> EnrollmentRepository::allOfMeasure(qint64 measureId) const {
    auto enrollments = m_records.where(QStringLiteral("measure_id = ?"), {measureId});
    if (!enrollments)
        return enrollments;
    for (Enrollment& enrollment : *enrollments) {
        if (Status read = readCredits(enrollment); !read)
            return read.error();
    }
    return enrollments;
}

Result<QList<EnrollmentRow>> EnrollmentRepository::forMeasure(qint64 measureId) const {
    auto query =
        runSql(m_database.connection(),
               QStringLiteral("SELECT e.id, p.id, ") + lastFirstNameSql(QStringLiteral("p")) +
                   QStringLiteral(", e.path, e.status, ") + ueSql +
                   QStringLiteral(
                       " - (SELECT coalesce(sum(t.ue), 0) FROM enrollment_credit c JOIN "
                       "curriculum_topic t ON t.id = c.topic_id WHERE c.enrollment_id = e.id), "
                       "e.exam_result, coalesce(o.name, ''), e.hired_on "
                       "FROM enrollment e JOIN participant p ON p.id = e.participant_id "
                       "JOIN measure m ON m.id = e.measure_id "
                       "LEFT JOIN organisation o ON o.id = e.hired_by_id WHERE e.measure_id = ? "
                       "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, e.id"),
               {measureId});
    if (!query)
        return query.error();
    QList<EnrollmentRow> rows;
    while (query->next()) {
        rows << EnrollmentRow{
            query->value(0).toLongLong(),
            query->value(1).toLongLong(),
            query->value(2).toString(),
            enumFromKey<EnrollmentPath>(query->value(3).toString()).value_or(EnrollmentPath::Other),
            enumFromKey<EnrollmentStatus>(query->value(4).toString())
                .value_or(EnrollmentStatus::Registered),
            query->value(5).toInt(),
            enumFromKey<ExamResult>(query->value(6).toString()).value_or(ExamResult::None),
            query->value(7).toString(),
            dateFromSql(query->value(8))};
    }
    return rows;
}

} // namespace Verbund
