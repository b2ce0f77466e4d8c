#include "userservice.h"

#include "../storage/database.h"
#include "../storage/dialect.h"
#include "../storage/transaction.h"
#include "../storage/userrepository.h"

namespace Verbund {

UserService::UserService(Database& database)
    : m_database(database) {}

Result<QList<User>> UserService::users() const {
    return UserRepository(m_database).all();
}

Result<User> UserService::listed(const QString& login) const {
    auto found = UserRepository(m_database).byLogin(login.trimmed());
    if (!found)
        return found.error();
    if (!*found)
        return Error(ErrorCode::NotFound,
                     tr("There is no user “%1” in this network.").arg(login.trimmed()));
    return **found;
}

Status UserService::add(User& user, const QString& password) {
    user.login = user.login.trimmed();
    auto before = UserRepository(m_database).byLogin(user.login);
    if (!before)
        return before.error();
    if (*before) {
        // Listed before: taken on again, as now described.
        user.meta = (*before)->meta;
        user.active = true;
    }
    // The first one listed in a file makes the file nobody's alone: whoever lists them
    // stays its administrator, listed first.
    const User& me = m_database.user();
    if (!m_database.location().isServer() && user.login != me.login) {
        auto listed = users();
        if (!listed)
            return listed.error();
        if (listed->isEmpty()) {
            User administrator;
            administrator.login = me.login;
            administrator.role = UserRole::Administrator;
            if (Status kept = store(administrator, {}); !kept)
                return kept;
        }
    }
    return store(user, password);
}

Status UserService::save(User& user, const QString& password) {
    return store(user, password);
}

Status UserService::setRole(const QString& login, UserRole role, qint64 siteId) {
    auto user = listed(login);
    if (!user)
        return user.error();
    user->role = role;
    user->siteId = siteId;
    return store(*user, {});
}

Status UserService::disable(const QString& login) {
    auto user = listed(login);
    if (!user)
        return user.error();
    user->active = false;
    return store(*user, {});
}

Status UserService::store(User& user, const QString& password) {
    {
        Transaction transaction(m_database);
        if (!transaction.begun())
            return transaction.begun();
        User saved = user;
        if (Status written = UserRepository(m_database).save(saved); !written)
            return written;
        if (Status granted = m_database.dialect().grantLogin(m_database, saved, password); !granted)
            return granted;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        user = saved;
    }
    return m_database.readUser();
}

} // namespace Verbund
