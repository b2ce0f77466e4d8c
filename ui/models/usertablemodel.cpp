#include "usertablemodel.h"

#include "application/networkservice.h"
#include "application/userservice.h"

#include <QHash>

namespace Verbund {

UserTableModel::UserTableModel(QObject* parent)
    : RecordListModel({tr("Login"), tr("Name"), tr("Role"), tr("Site"), tr("Status")}, parent) {
    watch({RecordKind::User, RecordKind::Site});
}

bool UserTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto users = UserService(database).users();
    auto sites = NetworkService(database).sites();
    if (!users || !sites) {
        error = (users ? sites.error() : users.error()).message();
        return false;
    }
    QHash<qint64, QString> siteNames;
    for (const Site& site : std::as_const(*sites))
        siteNames.insert(site.meta.id, site.name);
    for (const User& user : std::as_const(*users))
        rows.append({user.meta.id,
                     {user.login, user.name, enumLabel(user.role), siteNames.value(user.siteId),
                      user.active ? tr("active") : tr("disabled")}});
    return true;
}

} // namespace Verbund
