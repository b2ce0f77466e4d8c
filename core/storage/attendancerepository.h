#pragma once

#include "recordmapping.h"

#include <QHash>

namespace Verbund {

// Attendance marks: one per enrollment and session, or none while not recorded.
class AttendanceRepository final {
public:
    explicit AttendanceRepository(Database& database);

    // All marks of the measure, by (enrollment, session).
    Result<QHash<std::pair<qint64, qint64>, AttendanceMark>> forMeasure(qint64 measureId) const;
    Status set(const AttendanceMark& mark);
    // Forgets the mark: not recorded.
    Status clear(qint64 enrollmentId, qint64 sessionId);
    // Marks everybody the session concerns and who has no mark yet as present.
    Result<int> fillPresent(const Session& session, const QList<Enrollment>& enrollments);

private:
    Database& m_database;
};

} // namespace Verbund
