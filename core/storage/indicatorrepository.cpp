#include "indicatorrepository.h"

#include "../common/dates.h"
#include "database.h"
#include "enrollmentrepository.h"
#include "sql.h"

namespace Verbund {

namespace {

// The enrollments e (of measure m, person p) whose day (an SQL expression) lies in the scope.
SqlCondition scoped(const IndicatorScope& scope, const QString& day) {
    QStringList parts{QStringLiteral("TRUE")};
    QVariantList values;
    if (scope.from.isValid()) {
        parts << day + QStringLiteral(" >= ?");
        values << isoDate(scope.from);
    }
    if (scope.to.isValid()) {
        parts << day + QStringLiteral(" <= ?");
        values << isoDate(scope.to);
    }
    if (scope.measureId > 0) {
        parts << QStringLiteral("m.id = ?");
        values << scope.measureId;
    }
    if (scope.programmeId > 0) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM funding_share f WHERE f.measure_id = m.id "
                                "AND f.programme_id = ?)");
        values << scope.programmeId;
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

const QString enrollments = QStringLiteral(
    "FROM enrollment e JOIN measure m ON m.id = e.measure_id JOIN participant p ON p.id = "
    "e.participant_id ");

} // namespace

IndicatorRepository::IndicatorRepository(Database& database)
    : m_database(database) {}

Result<QList<IndicatorEntry>> IndicatorRepository::entries(const IndicatorScope& scope) const {
    const QString day = QStringLiteral("coalesce(e.start_date, m.start_date)");
    const SqlCondition where = scoped(scope, day);
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    auto read = m_database.runRead(
        QStringLiteral("SELECT p.id, %1, m.title, %2, p.gender, p.birth_date, p.birth_year, "
                       "p.employment, p.unemployed_since, p.education, p.employer_id, "
                       "o.employees, o.wz_section %3 LEFT JOIN organisation o ON o.id = "
                       "p.employer_id WHERE %4 AND %5 ORDER BY m.title, m.id, p.last_name, "
                       "p.first_name, p.id")
            .arg(lastFirstNameSql(QStringLiteral("p")), day, enrollments, takesPart.sql, where.sql),
        takesPart.values + where.values);
    if (!read)
        return read.error();
    QList<IndicatorEntry> rows;
    QSqlQuery& query = read->query();
    while (query.next()) {
        IndicatorEntry entry;
        entry.participantId = query.value(0).toLongLong();
        entry.name = query.value(1).toString();
        entry.measure = query.value(2).toString();
        entry.enteredOn = dateFromSql(query.value(3));
        entry.gender = enumFromKey<Gender>(query.value(4).toString()).value_or(Gender::NotStated);
        entry.birthDate = dateFromSql(query.value(5));
        if (!query.value(6).isNull())
            entry.birthYear = query.value(6).toInt();
        entry.employment = enumFromKey<EmploymentStatus>(query.value(7).toString())
                               .value_or(EmploymentStatus::Other);
        entry.unemployedSince = dateFromSql(query.value(8));
        entry.education = enumFromKey<EducationLevel>(query.value(9).toString());
        entry.employerId = query.value(10).toLongLong();
        if (!query.value(11).isNull())
            entry.employees = query.value(11).toInt();
        entry.wzSection = enumFromKey<WzSection>(query.value(12).toString());
        rows << entry;
    }
    return rows;
}

Result<QList<IndicatorExit>> IndicatorRepository::exits(const IndicatorScope& scope) const {
    const QString day = QStringLiteral("coalesce(e.exit_date, m.end_date)");
    const SqlCondition where = scoped(scope, day);
    auto read = m_database.runRead(
        QStringLiteral("SELECT p.id, %1, m.title, %2, e.exit_status, e.exam_result %3 WHERE "
                       "e.status IN (?, ?) AND %4 ORDER BY m.title, m.id, p.last_name, "
                       "p.first_name, p.id")
            .arg(lastFirstNameSql(QStringLiteral("p")), day, enrollments, where.sql),
        QVariantList{enumKey(EnrollmentStatus::Completed), enumKey(EnrollmentStatus::DroppedOut)} +
            where.values);
    if (!read)
        return read.error();
    QList<IndicatorExit> rows;
    QSqlQuery& query = read->query();
    while (query.next())
        rows << IndicatorExit{query.value(0).toLongLong(),
                              query.value(1).toString(),
                              query.value(2).toString(),
                              dateFromSql(query.value(3)),
                              enumFromKey<ExitStatus>(query.value(4).toString()),
                              query.value(5).toString() == enumKey(ExamResult::Passed)};
    return rows;
}

} // namespace Verbund
