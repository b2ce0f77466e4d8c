#pragma once

#include "recordmapping.h"

namespace Verbund {

class ConsentRepository final : public Repository<Consent> {
public:
    using Repository::Repository;
    // A participant's consents, the newest given first.
    Result<QList<Consent>> forParticipant(qint64 participantId) const;
};

} // namespace Verbund
