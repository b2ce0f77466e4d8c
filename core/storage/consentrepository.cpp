#include "consentrepository.h"

namespace Verbund {

Result<QList<Consent>> ConsentRepository::forParticipant(qint64 participantId) const {
    return where(QStringLiteral("participant_id = ?"), {participantId},
                 QStringLiteral("given_on DESC, id DESC"));
}

} // namespace Verbund
