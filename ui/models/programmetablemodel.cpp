#include "programmetablemodel.h"

#include "application/fundingservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

ProgrammeTableModel::ProgrammeTableModel(QObject* parent)
    : RecordListModel({tr("Programme"), tr("Paid by"), tr("Rates"), tr("Description")}, parent) {
    watch({RecordKind::Programme, RecordKind::Funder});
}

bool ProgrammeTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto programmes = FundingService(database).programmes();
    auto funders = FundingService(database).funders();
    if (!programmes || !funders) {
        error = programmes ? funders.error().message() : programmes.error().message();
        return false;
    }
    QHash<qint64, QString> funderNames;
    for (const FunderRow& funder : std::as_const(*funders))
        funderNames.insert(funder.id, funder.name);
    for (const Programme& p : std::as_const(*programmes)) {
        QStringList rates;
        for (const ProgrammeRate& rate : p.rates)
            rates << tr("from %1: %2").arg(rate.minEmployees).arg(formatShare(rate.basisPoints));
        rows.append({p.meta.id,
                     {p.name, funderNames.value(p.funderId), rates.join(QStringLiteral("; ")),
                      p.description}});
    }
    return true;
}

} // namespace Verbund
