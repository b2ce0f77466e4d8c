#include "contacttablemodel.h"

#include "application/networkservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

ContactTableModel::ContactTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Function"), tr("Email"), tr("Phone")}, parent) {
    watch({RecordKind::Contact});
}

bool ContactTableModel::read(Database& database, qint64 organisationId, QList<Row>& rows,
                             QString& error) const {
    if (organisationId <= 0)
        return true;
    auto contacts = NetworkService(database).contacts(organisationId);
    if (!contacts) {
        error = contacts.error().message();
        return false;
    }
    for (const Contact& c : std::as_const(*contacts))
        rows.append({c.meta.id, {c.fullName(), c.function, c.email, c.phone}});
    return true;
}

} // namespace Verbund
