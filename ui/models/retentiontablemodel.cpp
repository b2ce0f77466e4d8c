#include "retentiontablemodel.h"

#include "application/personservice.h"
#include "common/dates.h"

namespace Verbund {

RetentionTableModel::RetentionTableModel(QObject* parent)
    : RecordListModel({tr("No."), tr("Name"), tr("Last needed"), tr("Enrollments")}, parent) {
    watch({RecordKind::Participant, RecordKind::Enrollment, RecordKind::Measure,
           RecordKind::Setting});
}

bool RetentionTableModel::read(Database& database, qint64 /*parentId*/, QList<Row>& rows,
                               QString& error) const {
    auto people = PersonService(database).pastRetention();
    if (!people) {
        error = people.error().message();
        return false;
    }
    for (const RetentionRow& person : std::as_const(*people))
        rows.append({person.id,
                     {QString::number(person.id), person.name, formatDate(person.lastNeeded),
                      QString::number(person.enrollments)}});
    return true;
}

} // namespace Verbund
