#include "measureduties.h"

#include "../common/dates.h"
#include "../domain/measure.h"
#include "enrollmentrepository.h"

namespace Verbund::MeasureDuties {

SqlCondition attendanceMissing(const QDate& before) {
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    return {QStringLiteral("s.date < ? AND m.status <> ? AND EXISTS (SELECT 1 FROM enrollment e "
                           "WHERE e.measure_id = s.measure_id AND %1) AND NOT EXISTS (SELECT 1 "
                           "FROM attendance a WHERE a.session_id = s.id)")
                .arg(takesPart.sql),
            QVariantList{isoDate(before), enumKey(MeasureStatus::Cancelled)} + takesPart.values};
}

SqlCondition certificatesMissing(const QDate& before) {
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    return {QStringLiteral("m.end_date < ? AND m.status <> ? AND EXISTS (SELECT 1 FROM "
                           "enrollment e WHERE e.measure_id = m.id AND %1 AND NOT EXISTS (SELECT "
                           "1 FROM certificate c WHERE c.enrollment_id = e.id))")
                .arg(takesPart.sql),
            QVariantList{isoDate(before), enumKey(MeasureStatus::Cancelled)} + takesPart.values};
}

SqlCondition certificatesMissingCount() {
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    return {QStringLiteral("(SELECT count(*) FROM enrollment e WHERE e.measure_id = m.id AND %1 "
                           "AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrollment_id = "
                           "e.id))")
                .arg(takesPart.sql),
            takesPart.values};
}

} // namespace Verbund::MeasureDuties
