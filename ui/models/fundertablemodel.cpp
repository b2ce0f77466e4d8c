#include "fundertablemodel.h"

#include "application/fundingservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

FunderTableModel::FunderTableModel(QObject* parent)
    : RecordListModel({tr("Funder"), tr("Kind")}, parent) {
    watch({RecordKind::Funder, RecordKind::Organisation});
}

bool FunderTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto funders = FundingService(database).funders();
    if (!funders) {
        error = funders.error().message();
        return false;
    }
    for (const FunderRow& f : std::as_const(*funders))
        rows.append({f.id,
                     {f.name, f.organisationId > 0 ? tr("Organisation of the network")
                                                   : tr("Named funder")}});
    return true;
}

} // namespace Verbund
