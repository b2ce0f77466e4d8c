#include "sitetablemodel.h"

#include "application/networkservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

SiteTableModel::SiteTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("City"), tr("Notes")}, parent) {
    watch({RecordKind::Site});
}

bool SiteTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto sites = NetworkService(database).sites();
    if (!sites) {
        error = sites.error().message();
        return false;
    }
    for (const Site& s : std::as_const(*sites))
        rows.append({s.meta.id, {s.name, s.city, s.notes}});
    return true;
}

} // namespace Verbund
