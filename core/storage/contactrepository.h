#pragma once

#include "recordmapping.h"

namespace Verbund {

class ContactRepository final : public Repository<Contact> {
public:
    using Repository::Repository;
    Result<QList<Contact>> forOrganisation(qint64 organisationId) const;
    // Who an import takes for a contact already there: the same organisation and name.
    static QString identityKey(const Contact& contact);
    // Every contact's identityKey, hashed, with its id.
    Result<QHash<size_t, qint64>> identities() const;
};

} // namespace Verbund
