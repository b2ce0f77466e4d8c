#pragma once

#include "childrows.h"
#include "listrequest.h"
#include "recordmapping.h"

namespace Verbund {

// One line of a measure's participant list.
struct EnrollmentRow {
    qint64 id = 0;
    qint64 participantId = 0;
    QString participant; // "Last, First"
    EnrollmentPath path = EnrollmentPath::Other;
    EnrollmentStatus status = EnrollmentStatus::Registered;
    int individualUe = 0;
    ExamResult examResult = ExamResult::None;
    QString hiredBy;
    QDate hiredOn;
};

// Participants in measures. A save checks the measure's capacity and dates.
class EnrollmentRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::EnrollmentRepository)
public:
    explicit EnrollmentRepository(Database& database);

    // "<alias>.status <> ?", bound: the enrollments that count, as Enrollment::takesPart().
    static SqlCondition takesPartSql(const QString& alias);

    Status save(Enrollment& enrollment);
    Result<Enrollment> get(qint64 id) const;
    Status remove(const Enrollment& enrollment);
    Result<QList<EnrollmentRow>> forMeasure(qint64 measureId) const;
    Result<QList<Enrollment>> allOfMeasure(qint64 measureId) const;

private:
    Status readCredits(Enrollment& enrollment) const;

    Database& m_database;
    Repository<Enrollment> m_records;
    ChildRows m_credits;
};

} // namespace Verbund
