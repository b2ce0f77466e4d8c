#pragma once

#include "recordmapping.h"

namespace Verbund {

class ConsultationRepository final : public Repository<Consultation> {
public:
    using Repository::Repository;
    // Newest first.
    Result<QList<Consultation>> forOrganisation(qint64 organisationId) const;
    // Every consultation of the network, newest first.
    Result<QList<Consultation>> all() const;
};

} // namespace Verbund
