#include "stafftablemodel.h"

#include "application/networkservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

StaffTableModel::StaffTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Site"), tr("Email"), tr("Phone"), tr("Active")}, parent) {
    watch({RecordKind::Staff, RecordKind::Site});
}

bool StaffTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto staff = NetworkService(database).staff();
    auto sites = NetworkService(database).sites();
    if (!staff || !sites) {
        error = staff ? sites.error().message() : staff.error().message();
        return false;
    }
    QHash<qint64, QString> siteNames;
    for (const Site& site : std::as_const(*sites))
        siteNames.insert(site.meta.id, site.name);
    for (const Staff& s : std::as_const(*staff))
        rows.append({s.meta.id,
                     {s.fullName(), siteNames.value(s.siteId), s.email, s.phone,
                      s.active ? tr("yes") : tr("no")}});
    return true;
}

} // namespace Verbund
