#pragma once

#include "recordmapping.h"

namespace Verbund {

class ConsultationRepository final : public Repository<Consultation> {
public:
    using Repository::Repository;
    // Newest first.
    Result<QList<Consultation>> forOrganisation(qint64 organisationId) const;
};

} // namespace Verbund
