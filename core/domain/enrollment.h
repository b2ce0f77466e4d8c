#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QList>
#include <optional>

namespace Verbund {

struct Topic;

enum class EnrollmentPath { Employee, Referred, Other };
enum class EnrollmentStatus { Registered, Active, Completed, DroppedOut, Cancelled };
enum class ExamResult { None, Passed, Failed };
// Where the person stands when they leave the measure, as funders ask for it.
enum class ExitStatus { Employed, Education, JobSeeking, Other };

// A participant in a measure: how they came, how far they are, what is credited to them,
// their exam and whether a company hired them afterwards.
struct Enrollment {
    RecordMeta meta;
    qint64 measureId = 0;
    qint64 participantId = 0;
    EnrollmentPath path = EnrollmentPath::Employee;
    EnrollmentStatus status = EnrollmentStatus::Registered;
    QDate startDate;
    QDate exitDate;
    QList<qint64> creditedTopicIds; // topics of the curriculum the person need not attend
    QDate examDate;
    ExamResult examResult = ExamResult::None;
    qint64 hiredById = 0; // the organisation that hired the person after the measure
    QDate hiredOn;
    std::optional<ExitStatus> exitStatus; // none until recorded
    QString notes;

    // Counts against the measure's capacity and in its numbers.
    bool takesPart() const { return status != EnrollmentStatus::Cancelled; }
    // The curriculum's UE without the credited topics.
    int individualUe(const QList<Topic>& topics) const;
    friend bool operator==(const Enrollment&, const Enrollment&) = default;
};

template <> std::span<const EnumEntry<EnrollmentPath>> enumEntries();
template <> std::span<const EnumEntry<EnrollmentStatus>> enumEntries();
template <> std::span<const EnumEntry<ExamResult>> enumEntries();
template <> std::span<const EnumEntry<ExitStatus>> enumEntries();

} // namespace Verbund
