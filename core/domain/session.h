#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QTime>

namespace Verbund {

struct Enrollment;

// A dated block of teaching of a measure.
struct Session {
    RecordMeta meta;
    qint64 measureId = 0;
    QDate date;
    QTime start;
    QTime end;
    int ue = 0;
    qint64 topicId = 0;    // a topic of the measure's curriculum; 0 = none
    qint64 locationId = 0; // the organisation where it takes place; 0 = the lead provider
    QString trainer;
    QString notes;

    // A person's session: not before their start, not after their exit, not on a topic
    // credited to them.
    bool concerns(const Enrollment& enrollment) const;
    friend bool operator==(const Session&, const Session&) = default;
};

enum class AttendanceState { Present, Excused, Absent, Partial };

// Whether one person attended one session.
struct AttendanceMark {
    qint64 enrollmentId = 0;
    qint64 sessionId = 0;
    AttendanceState state = AttendanceState::Present;
    int ue = 0; // with Partial: the UE attended

    int attendedUe(int sessionUe) const;
    friend bool operator==(const AttendanceMark&, const AttendanceMark&) = default;
};

template <> std::span<const EnumEntry<AttendanceState>> enumEntries();

} // namespace Verbund
