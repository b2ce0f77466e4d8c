#include "enrollmentrepository.h"

#include "../common/dates.h"
#include "curriculumrepository.h"
#include "database.h"
#include "dialect.h"
#include "measurerepository.h"

namespace Verbund {

namespace {

// The UE the enrollment e must attend: the measure's, less the topics credited to it.
QString individualUeSql() {
    return MeasureRepository::ueSql() +
           QStringLiteral(" - (SELECT coalesce(sum(t.ue), 0) FROM enrollment_credit c JOIN "
                          "curriculum_topic t ON t.id = c.topic_id WHERE c.enrollment_id = e.id)");
}

// The enrollments e with their measure m, participant p and hiring organisation o.
QString rowsFromSql(const Dialect& dialect) {
    // Measures first: read in the order of measure_order, only each measure's enrollments are
    // sorted, not all at once in memory.
    return QStringLiteral("FROM measure m %1 enrollment e ON m.id = e.measure_id "
                          "JOIN participant p ON p.id = e.participant_id "
                          "LEFT JOIN organisation o ON o.id = e.hired_by_id")
        .arg(dialect.joinInOrder());
}

} // namespace

SqlCondition EnrollmentRepository::takesPartSql(const QString& alias) {
    return {alias + QStringLiteral(".status <> ?"), {enumKey(EnrollmentStatus::Cancelled)}};
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
        auto others = m_database.readValue(
            QStringLiteral("SELECT count(*) FROM enrollment e WHERE e.measure_id = ? "
                           "AND e.id <> ? AND ") +
                takesPartSql(QStringLiteral("e")).sql,
            QVariantList{enrollment.measureId, enrollment.meta.id} +
                takesPartSql(QStringLiteral("e")).values);
        if (!others)
            return others.error();
        if (others->toInt() >= measure->capacity)
            errors << FieldError{
                QLatin1String(Field::Measure),
                tr("“%1” is full: %n place(s), all taken.", nullptr, measure->capacity)
                    .arg(measure->title)};
    }
    auto twice =
        m_database.readValue(QStringLiteral("SELECT count(*) FROM enrollment WHERE measure_id = ? "
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

Status
EnrollmentRepository::rowsWhere(const QString& condition, const QVariantList& values,
                                const QString& order,
                                const std::function<void(const EnrollmentRow&)>& take) const {
    auto query =
        runSql(m_database.connection(),
               QStringLiteral("SELECT e.id, p.id, ") + lastFirstNameSql(QStringLiteral("p")) +
                   QStringLiteral(", e.path, e.status, ") + individualUeSql() +
                   QStringLiteral(", e.exam_result, coalesce(o.name, ''), e.hired_on, "
                                  "m.title, e.start_date, e.exit_date, e.exam_date ") +
                   rowsFromSql(m_database.dialect()) + QStringLiteral(" WHERE ") + condition +
                   QStringLiteral(" ORDER BY ") + order,
               values);
    if (!query)
        return query.error();
    while (query->next()) {
        take(EnrollmentRow{
            query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
            enumFromKey<EnrollmentPath>(query->value(3).toString()).value_or(EnrollmentPath::Other),
            enumFromKey<EnrollmentStatus>(query->value(4).toString())
                .value_or(EnrollmentStatus::Registered),
            query->value(5).toInt(),
            enumFromKey<ExamResult>(query->value(6).toString()).value_or(ExamResult::None),
            query->value(7).toString(), dateFromSql(query->value(8)), query->value(9).toString(),
            dateFromSql(query->value(10)), dateFromSql(query->value(11)),
            dateFromSql(query->value(12))});
    }
    return {};
}

Result<QList<EnrollmentRow>> EnrollmentRepository::forMeasure(qint64 measureId) const {
    QList<EnrollmentRow> rows;
    if (Status read = rowsWhere(
            QStringLiteral("e.measure_id = ?"), {measureId},
            QStringLiteral("p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, e.id"),
            [&rows](const EnrollmentRow& row) { rows << row; });
        !read)
        return read.error();
    return rows;
}

Status EnrollmentRepository::forEachText(const std::function<void(const TextRow&)>& take) const {
    return m_database.readText(
        QStringLiteral("SELECT e.id, m.title, ") + lastFirstNameSql(QStringLiteral("p")) +
            QStringLiteral(", e.path, e.status, e.start_date, e.exit_date, ") + individualUeSql() +
            QStringLiteral(", e.exam_date, e.exam_result, o.name, e.hired_on ") +
            rowsFromSql(m_database.dialect()) +
            QStringLiteral(" ORDER BY m.start_date, m.title COLLATE NOCASE, m.id, "
                           "p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, e.id"),
        {}, take);
}

} // namespace Verbund
