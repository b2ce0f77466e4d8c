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
    QString measure; // its title
    QDate startDate; // the person's own dates, when they differ from the measure's
    QDate exitDate;
    QDate examDate;
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
    // Every enrollment of every measure, one after the other, by the measures' start and
    // title, in one query, as the database's text: for the export. Its cells: id, measure,
    // participant ("Last, First"), path key, status key, start, exit, individual UE, exam date,
    // exam result key, hired by (a name), hired on; dates as yyyy-mm-dd.
    Status forEachText(const std::function<void(const TextRow&)>& take) const;
    Result<QList<Enrollment>> allOfMeasure(qint64 measureId) const;

private:
    // The rows the condition (fixed SQL, values bound) names, in the order given.
    Status rowsWhere(const QString& condition, const QVariantList& values, const QString& order,
                     const std::function<void(const EnrollmentRow&)>& take) const;
    Status readCredits(Enrollment& enrollment) const;

    Database& m_database;
    Repository<Enrollment> m_records;
    ChildRows m_credits;
};

} // namespace Verbund
