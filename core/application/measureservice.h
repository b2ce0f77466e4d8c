#pragma once

#include "../common/result.h"
#include "../domain/curriculum.h"
#include "../storage/enrollmentrepository.h"
#include "../storage/measurerepository.h"

namespace Verbund {

class Database;

// A measure with everything its page shows beside the lists: read in a fixed number of
// queries, however many people and sessions it has.
struct MeasureView {
    Measure measure;
    MeasureFigures figures;
    int scheduledUe = 0; // the UE of its sessions
    QList<Topic> topics; // of its curriculum, for sessions and credits
};

// The measures with their enrollments as the window and the command line work on them: a
// draft is saved whole, in one transaction, or not at all.
class MeasureService final {
public:
    explicit MeasureService(Database& database);

    Result<QList<MeasureRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The record's row in the filtered, sorted list; -1 when the filter hides it.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;
    Result<Measure> get(qint64 id) const;
    // The measure with its figures, scheduled UE and topics: four queries.
    Result<MeasureView> open(qint64 id) const;
    // The topics of the measure's curriculum; none without one.
    Result<QList<Topic>> topics(const Measure& measure) const;

    // Saves the draft. A share paid by an organisation that is no funder yet makes the
    // organisation a funder in the same transaction, so that a measure that is refused leaves
    // no new funder behind.
    Status save(Measure& draft);
    Status remove(const Measure& measure, MeasureRepository::EnrollmentsPolicy policy);

    Result<QList<EnrollmentRow>> enrollments(qint64 measureId) const;
    Result<Enrollment> enrollment(qint64 id) const;
    Status save(Enrollment& enrollment);
    Status remove(const Enrollment& enrollment);

private:
    Database& m_database;
};

} // namespace Verbund
