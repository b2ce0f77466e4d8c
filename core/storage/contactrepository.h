#pragma once

#include "recordmapping.h"

namespace Verbund {

class ContactRepository final : public Repository<Contact> {
public:
    using Repository::Repository;
    Result<QList<Contact>> forOrganisation(qint64 organisationId) const;
};

} // namespace Verbund
