#include "participantenrollmenttablemodel.h"

#include "application/participantservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

ParticipantEnrollmentTableModel::ParticipantEnrollmentTableModel(QObject* parent)
    : RecordListModel({tr("Measure"), tr("Path"), tr("Status"), tr("From"), tr("To"), tr("Exam")},
                      parent) {
    watch({RecordKind::Enrollment, RecordKind::Measure});
}

bool ParticipantEnrollmentTableModel::read(Database& database, qint64 participantId,
                                           QList<Row>& rows, QString& error) const {
    if (participantId <= 0)
        return true;
    auto enrollments = ParticipantService(database).enrollments(participantId);
    if (!enrollments) {
        error = enrollments.error().message();
        return false;
    }
    for (const ParticipantEnrollmentRow& e : std::as_const(*enrollments))
        rows.append({e.enrollmentId,
                     {e.measure, enumLabel(e.path), enumLabel(e.status), formatDate(e.startDate),
                      formatDate(e.exitDate), enumLabel(e.examResult)}});
    return true;
}

} // namespace Verbund
