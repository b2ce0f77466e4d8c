#include "consultationtablemodel.h"

#include "application/networkservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

ConsultationTableModel::ConsultationTableModel(QObject* parent)
    : RecordListModel(
          {tr("Date"), tr("Channel"), tr("Topics"), tr("Advisor"), tr("Summary"), tr("Follow-up")},
          parent) {
    watch({RecordKind::Consultation, RecordKind::Contact, RecordKind::Staff});
}

bool ConsultationTableModel::read(Database& database, qint64 organisationId, QList<Row>& rows,
                                  QString& error) const {
    if (organisationId <= 0)
        return true;
    auto consultations = NetworkService(database).consultations(organisationId);
    auto staff = NetworkService(database).staff();
    if (!consultations || !staff) {
        error = consultations ? staff.error().message() : consultations.error().message();
        return false;
    }
    QHash<qint64, QString> advisors;
    for (const Staff& person : std::as_const(*staff))
        advisors.insert(person.meta.id, person.fullName());
    for (const Consultation& c : std::as_const(*consultations))
        rows.append({c.meta.id,
                     {formatDate(c.date), enumLabel(c.channel), topicLabels(c.topics),
                      advisors.value(c.advisorId), c.summary.section(QLatin1Char('\n'), 0, 0),
                      formatDate(c.followUp)}});
    return true;
}

} // namespace Verbund
