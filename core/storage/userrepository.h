#pragma once

#include "recordmapping.h"

#include <optional>

namespace Verbund {

// The staff members who sign in, with their roles.
class UserRepository final : public Repository<User> {
public:
    using Repository::Repository;
    // By login, in order.
    Result<QList<User>> all() const;
    Result<std::optional<User>> byLogin(const QString& login) const;
};

} // namespace Verbund
