#include "attendance.h"

#include "../storage/attendancerepository.h"
#include "../storage/curriculumrepository.h"
#include "../storage/enrollmentrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/participantrepository.h"
#include "../storage/sessionrepository.h"

namespace Verbund {

int AttendanceRow::share() const {
    return plannedUe > 0 ? int(qint64(attendedUe) * FullShare / plannedUe) : 0;
}

const AttendanceMark* AttendanceOverview::mark(qint64 enrollmentId, qint64 sessionId) const {
    const auto found = marks.constFind({enrollmentId, sessionId});
    return found == marks.cend() ? nullptr : &found.value();
}

int AttendanceOverview::sessionAttendedUe(int sessionIndex) const {
    const Session& session = sessions.at(sessionIndex);
    int total = 0;
    for (const AttendanceRow& row : rows) {
        if (const AttendanceMark* m = mark(row.enrollment.meta.id, session.meta.id))
            total += m->attendedUe(session.ue);
    }
    return total;
}

void AttendanceOverview::updateTotals() {
    for (AttendanceRow& row : rows) {
        const Enrollment& e = row.enrollment;
        int scheduled = 0;
        row.attendedUe = 0;
        for (const Session& session : std::as_const(sessions)) {
            if (!session.concerns(e))
                continue;
            scheduled += session.ue;
            if (const AttendanceMark* m = mark(e.meta.id, session.meta.id))
                row.attendedUe += m->attendedUe(session.ue);
        }
        if (e.status == EnrollmentStatus::DroppedOut)
            row.plannedUe = scheduled;
        else if (!topics.isEmpty())
            row.plannedUe = e.individualUe(topics);
        else
            row.plannedUe = measure.effectivePlannedUe();
    }
}

Result<AttendanceOverview> attendanceOverview(Database& database, qint64 measureId) {
    AttendanceOverview overview;
    auto measure = MeasureRepository(database).get(measureId);
    if (!measure)
        return measure.error();
    overview.measure = *measure;
    if (measure->curriculumId > 0) {
        auto curriculum = CurriculumRepository(database).get(measure->curriculumId);
        if (!curriculum)
            return curriculum.error();
        overview.topics = curriculum->topics;
    }
    auto sessions = SessionRepository(database).forMeasure(measureId);
    auto enrollments = EnrollmentRepository(database).allOfMeasure(measureId);
    auto marks = AttendanceRepository(database).forMeasure(measureId);
    if (!sessions)
        return sessions.error();
    if (!enrollments)
        return enrollments.error();
    if (!marks)
        return marks.error();
    overview.sessions = *sessions;
    overview.marks = *marks;
    ParticipantRepository participants(database);
    for (const Enrollment& enrollment : std::as_const(*enrollments)) {
        if (!enrollment.takesPart())
            continue;
        auto person = participants.get(enrollment.participantId);
        if (!person)
            return person.error();
        AttendanceRow row;
        row.enrollment = enrollment;
        row.fullName = person->fullName();
        row.name = person->lastName.isEmpty()
                       ? person->firstName
                       : person->lastName + (person->firstName.isEmpty()
                                                 ? QString()
                                                 : QStringLiteral(", ") + person->firstName);
        row.birthDate = person->birthDate;
        overview.rows << row;
    }
    std::sort(overview.rows.begin(), overview.rows.end(),
              [](const AttendanceRow& a, const AttendanceRow& b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });
    overview.updateTotals();
    return overview;
}

} // namespace Verbund
