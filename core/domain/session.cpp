#include "session.h"

#include "enrollment.h"

#include <array>

namespace Verbund {

bool Session::concerns(const Enrollment& enrollment) const {
    if (enrollment.startDate.isValid() && date < enrollment.startDate)
        return false;
    if (enrollment.exitDate.isValid() && date > enrollment.exitDate)
        return false;
    return topicId == 0 || !enrollment.creditedTopicIds.contains(topicId);
}

int AttendanceMark::attendedUe(int sessionUe) const {
    switch (state) {
    case AttendanceState::Present:
        return sessionUe;
    case AttendanceState::Partial:
        return qBound(0, ue, sessionUe);
    default:
        return 0;
    }
}

namespace {

constexpr std::array stateEntries{
    EnumEntry<AttendanceState>{AttendanceState::Present, "present",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Present")},
    EnumEntry<AttendanceState>{AttendanceState::Excused, "excused",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Excused")},
    EnumEntry<AttendanceState>{AttendanceState::Absent, "absent",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Absent")},
    EnumEntry<AttendanceState>{AttendanceState::Partial, "partial",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Partly present")},
};

} // namespace

template <> std::span<const EnumEntry<AttendanceState>> enumEntries() {
    return stateEntries;
}

} // namespace Verbund
