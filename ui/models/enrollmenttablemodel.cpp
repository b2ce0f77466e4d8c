#include "enrollmenttablemodel.h"

#include "application/measureservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

EnrollmentTableModel::EnrollmentTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Path"), tr("Status"), tr("UE"), tr("Exam"), tr("Hired by"),
                       tr("Hired on")},
                      parent) {
    watch({RecordKind::Enrollment, RecordKind::Participant, RecordKind::Organisation});
}

bool EnrollmentTableModel::read(Database& database, qint64 measureId, QList<Row>& rows,
                                QString& error) const {
    if (measureId <= 0)
        return true;
    auto enrollments = MeasureService(database).enrollments(measureId);
    if (!enrollments) {
        error = enrollments.error().message();
        return false;
    }
    for (const EnrollmentRow& e : std::as_const(*enrollments))
        rows.append({e.id,
                     {e.participant, enumLabel(e.path), enumLabel(e.status),
                      QString::number(e.individualUe), enumLabel(e.examResult), e.hiredBy,
                      formatDate(e.hiredOn)}});
    return true;
}

} // namespace Verbund
