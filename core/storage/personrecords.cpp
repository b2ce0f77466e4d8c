#include "personrecords.h"

#include "../common/dates.h"
#include "database.h"
#include "sql.h"

#include <QSqlRecord>

namespace Verbund {

PersonRecords::PersonRecords(const Database& database)
    : m_database(database) {}

Result<QJsonArray> PersonRecords::rows(const QString& sql, const QVariantList& values) const {
    auto query = runSql(m_database.connection(), sql, values);
    if (!query)
        return query.error();
    QJsonArray rows;
    while (query->next()) {
        const QSqlRecord record = query->record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query->value(i);
            row.insert(record.fieldName(i), value.isNull() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue::fromVariant(value));
        }
        rows.append(row);
    }
    return rows;
}

Result<QJsonObject> PersonRecords::firstRow(const QString& sql, const QVariantList& values) const {
    auto found = rows(sql, values);
    if (!found)
        return found.error();
    return found->isEmpty() ? QJsonObject() : found->first().toObject();
}

Result<QJsonObject> PersonRecords::participant(qint64 id) const {
    return firstRow(
        QStringLiteral(
            "SELECT p.id, p.first_name, p.last_name, p.birth_date, p.gender, p.email, p.phone, "
            "p.postcode, p.city, p.employment, "
            "(SELECT o.name FROM organisation o WHERE o.id = p.employer_id) AS employer, "
            "(SELECT o.name FROM organisation o WHERE o.id = p.referred_by_id) AS referred_by, "
            "p.prior_qualification, p.education, p.unemployed_since, p.entry_conditions, "
            "p.consent_date, p.notes, "
            "p.birth_year, p.erased_on, p.created_at, p.updated_at FROM participant p "
            "WHERE p.id = ?"),
        {id});
}

Result<QJsonObject> PersonRecords::contact(qint64 id) const {
    return firstRow(QStringLiteral("SELECT c.id, c.salutation, c.academic_title, c.first_name, "
                                   "c.last_name, (SELECT o.name FROM organisation o WHERE "
                                   "o.id = c.organisation_id) AS organisation, c.function, "
                                   "c.email, c.phone, c.mobile, c.notes, c.erased_on, "
                                   "c.created_at, c.updated_at FROM contact c WHERE c.id = ?"),
                    {id});
}

Result<QJsonArray> PersonRecords::consents(qint64 participantId) const {
    return rows(QStringLiteral("SELECT purpose, given_on, how, text_version, withdrawn_on "
                               "FROM consent WHERE participant_id = ? ORDER BY given_on, id"),
                {participantId});
}

Result<QList<RetentionRow>> PersonRecords::pastRetention(const QDate& keptFrom) const {
    // The day their data last served a purpose: the end of their last measure (none while a
    // measure has no end), or the day the record was made when they took part in none.
    const QString lastNeeded = QStringLiteral(
        "coalesce(max(CASE WHEN e.id IS NULL THEN NULL ELSE coalesce(m.end_date, '9999-12-31') "
        "END), substr(p.created_at, 1, 10))");
    auto read = runSql(m_database.connection(),
                       QStringLiteral("SELECT p.id, %1, %2, count(e.id) FROM participant p "
                                      "LEFT JOIN enrollment e ON e.participant_id = p.id "
                                      "LEFT JOIN measure m ON m.id = e.measure_id "
                                      "WHERE p.erased_on IS NULL GROUP BY p.id HAVING %2 < ? "
                                      "ORDER BY 3, p.id")
                           .arg(lastFirstNameSql(QStringLiteral("p")), lastNeeded),
                       {isoDate(keptFrom)});
    if (!read)
        return read.error();
    QList<RetentionRow> people;
    while (read->next())
        people.append({read->value(0).toLongLong(), read->value(1).toString(),
                       dateFromIso(read->value(2).toString()), read->value(3).toInt()});
    return people;
}

Result<QJsonArray> PersonRecords::enrollments(qint64 participantId) const {
    auto enrollments =
        rows(QStringLiteral(
                 "SELECT e.id, m.title AS measure, m.start_date AS measure_start, "
                 "m.end_date AS measure_end, e.path, e.status, e.start_date, e.exit_date, "
                 "e.exam_date, e.exam_result, "
                 "(SELECT o.name FROM organisation o WHERE o.id = e.hired_by_id) AS hired_by, "
                 "e.hired_on, e.exit_status, e.notes, c.serial AS certificate_serial, "
                 "c.issued_on AS certificate_issued_on FROM enrollment e "
                 "JOIN measure m ON m.id = e.measure_id "
                 "LEFT JOIN certificate c ON c.enrollment_id = e.id "
                 "WHERE e.participant_id = ? ORDER BY m.start_date, e.id"),
             {participantId});
    if (!enrollments)
        return enrollments.error();
    QJsonArray complete;
    for (const QJsonValue& value : std::as_const(*enrollments)) {
        QJsonObject enrollment = value.toObject();
        const qint64 id = enrollment.value(QStringLiteral("id")).toInteger();
        auto credits = rows(QStringLiteral("SELECT t.title AS topic, t.ue FROM enrollment_credit c "
                                           "JOIN curriculum_topic t ON t.id = c.topic_id "
                                           "WHERE c.enrollment_id = ? ORDER BY c.position"),
                            {id});
        if (!credits)
            return credits.error();
        auto attendance = rows(
            QStringLiteral("SELECT s.date, s.start_time, s.end_time, s.ue AS session_ue, "
                           "a.state, a.ue FROM attendance a JOIN session s ON s.id = a.session_id "
                           "WHERE a.enrollment_id = ? ORDER BY s.date, s.start_time, s.id"),
            {id});
        if (!attendance)
            return attendance.error();
        enrollment.insert(QStringLiteral("credited_topics"), *credits);
        enrollment.insert(QStringLiteral("attendance"), *attendance);
        complete.append(enrollment);
    }
    return complete;
}

} // namespace Verbund
