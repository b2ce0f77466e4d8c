#pragma once

#include "recordmapping.h"

namespace Verbund {

class ConsultationRepository final : public Repository<Consultation> {
public:
    using Repository::Repository;
    // Saves the consultation and, in the same transaction, its follow-up date as a follow-up
    // (FollowUpRepository::followConsultation).
    Status save(Consultation& consultation);
    // Newest first.
    Result<QList<Consultation>> forOrganisation(qint64 organisationId) const;
    // Every consultation of the network, newest first.
    Result<QList<Consultation>> all() const;
};

} // namespace Verbund
