#include "userrepository.h"

#include "database.h"

namespace Verbund {

Result<QList<User>> UserRepository::all() const {
    return where(QStringLiteral("TRUE"), {}, QStringLiteral("login, id"));
}

Result<std::optional<User>> UserRepository::byLogin(const QString& login) const {
    auto found = where(QStringLiteral("login = ?"), {login}, QStringLiteral("id"));
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<User>() : std::optional<User>(found->constFirst());
}

} // namespace Verbund
