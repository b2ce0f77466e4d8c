#include "enrollment.h"

#include "curriculum.h"

#include <array>

namespace Verbund {

int Enrollment::individualUe(const QList<Topic>& topics) const {
    int ue = 0;
    for (const Topic& topic : topics) {
        if (!creditedTopicIds.contains(topic.id))
            ue += topic.ue;
    }
    return ue;
}

namespace {

constexpr std::array pathEntries{
    EnumEntry<EnrollmentPath>{EnrollmentPath::Employee, "employee",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Employee")},
    EnumEntry<EnrollmentPath>{EnrollmentPath::Referred, "referred",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Referred (unemployed)")},
    EnumEntry<EnrollmentPath>{EnrollmentPath::Other, "other",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Other")},
};

constexpr std::array statusEntries{
    EnumEntry<EnrollmentStatus>{EnrollmentStatus::Registered, "registered",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Registered")},
    EnumEntry<EnrollmentStatus>{EnrollmentStatus::Active, "active",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Active")},
    EnumEntry<EnrollmentStatus>{EnrollmentStatus::Completed, "completed",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Completed")},
    EnumEntry<EnrollmentStatus>{EnrollmentStatus::DroppedOut, "dropped_out",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Dropped out")},
    EnumEntry<EnrollmentStatus>{EnrollmentStatus::Cancelled, "cancelled",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Cancelled")},
};

constexpr std::array examEntries{
    EnumEntry<ExamResult>{ExamResult::None, "none",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "No result")},
    EnumEntry<ExamResult>{ExamResult::Passed, "passed",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Passed")},
    EnumEntry<ExamResult>{ExamResult::Failed, "failed",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Failed")},
};

constexpr std::array exitEntries{
    EnumEntry<ExitStatus>{ExitStatus::Employed, "employed",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "In employment or self-employed")},
    EnumEntry<ExitStatus>{ExitStatus::Education, "education",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "In education or training")},
    EnumEntry<ExitStatus>{ExitStatus::JobSeeking, "job_seeking",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Seeking work")},
    EnumEntry<ExitStatus>{ExitStatus::Other, "other", QT_TRANSLATE_NOOP("Verbund::Enum", "Other")},
};

} // namespace

template <> std::span<const EnumEntry<EnrollmentPath>> enumEntries() {
    return pathEntries;
}
template <> std::span<const EnumEntry<EnrollmentStatus>> enumEntries() {
    return statusEntries;
}
template <> std::span<const EnumEntry<ExamResult>> enumEntries() {
    return examEntries;
}

template <> std::span<const EnumEntry<ExitStatus>> enumEntries() {
    return exitEntries;
}

} // namespace Verbund
