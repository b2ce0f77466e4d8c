#include "consenttablemodel.h"

#include "application/personservice.h"
#include "common/dates.h"

namespace Verbund {

ConsentTableModel::ConsentTableModel(QObject* parent)
    : RecordListModel(
          {tr("Purpose"), tr("Given on"), tr("How"), tr("Text version"), tr("Withdrawn on")},
          parent) {
    watch({RecordKind::Consent});
}

bool ConsentTableModel::read(Database& database, qint64 participantId, QList<Row>& rows,
                             QString& error) const {
    if (participantId <= 0)
        return true;
    auto consents = PersonService(database).consents(participantId);
    if (!consents) {
        error = consents.error().message();
        return false;
    }
    for (const Consent& c : std::as_const(*consents))
        rows.append({c.meta.id,
                     {enumLabel(c.purpose), formatDate(c.givenOn), enumLabel(c.how), c.textVersion,
                      formatDate(c.withdrawnOn)}});
    return true;
}

} // namespace Verbund
