#pragma once

#include "../common/result.h"
#include "../domain/user.h"

#include <QCoreApplication>
#include <QList>

namespace Verbund {

class Database;

// The staff members who sign in and their roles, kept by an administrator: in the network's
// list of users and, on a server, as the server's logins in the role's group, so that the
// server itself grants each what the role may.
class UserService final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::UserService)
public:
    explicit UserService(Database& database);

    // By login.
    Result<QList<User>> users() const;
    // A new user, or one listed before taken on again with this role; on a server the login
    // is made when the server has none of that name (with the password, when given). The
    // first one listed in a file by somebody else lists that somebody as its administrator.
    Status add(User& user, const QString& password);
    // A listed user as edited (name, role, site, active), with a new password when given.
    Status save(User& user, const QString& password);
    // Another role (and, for an advisor, site) for a listed user.
    Status setRole(const QString& login, UserRole role, qint64 siteId);
    // The user keeps their history but may no longer work on the network.
    Status disable(const QString& login);

private:
    Result<User> listed(const QString& login) const;
    // Saves the user and grants the server's rights, all or nothing; then reads anew who
    // works on the network here.
    Status store(User& user, const QString& password);

    Database& m_database;
};

} // namespace Verbund
