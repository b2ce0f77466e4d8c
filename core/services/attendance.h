#pragma once

#include "../common/result.h"
#include "../domain/curriculum.h"
#include "../domain/enrollment.h"
#include "../domain/measure.h"
#include "../domain/session.h"

#include <QHash>

namespace Verbund {

class Database;

// One person on the attendance list of a measure, with their totals.
struct AttendanceRow {
    Enrollment enrollment;
    QString name;     // "Last, First"
    QString fullName; // "First Last"
    QDate birthDate;
    int plannedUe = 0; // their own: without credited topics; for a drop-out, up to the exit
    int attendedUe = 0;
    // attendedUe of plannedUe in basis points.
    int share() const;
};

// The attendance of a measure: its sessions, the people who take part (registered, active,
// completed or dropped out), their marks and totals.
struct AttendanceOverview {
    Measure measure;
    QList<Topic> topics; // of the curriculum, if any
    QList<Session> sessions;
    QList<AttendanceRow> rows;
    QHash<std::pair<qint64, qint64>, AttendanceMark> marks; // (enrollment, session)

    const AttendanceMark* mark(qint64 enrollmentId, qint64 sessionId) const;
    // The UE attended in the session, by all.
    int sessionAttendedUe(int sessionIndex) const;
    // Recomputes the rows' totals from the marks.
    void updateTotals();
};

Result<AttendanceOverview> attendanceOverview(Database& database, qint64 measureId);

} // namespace Verbund
