#include "consultationrepository.h"

#include "database.h"

namespace Verbund {

Result<QList<Consultation>> ConsultationRepository::forOrganisation(qint64 organisationId) const {
    return where(QStringLiteral("organisation_id = ?"), {organisationId},
                 QStringLiteral("date DESC, id DESC"));
}

Result<QList<Consultation>> ConsultationRepository::all() const {
    return where(QStringLiteral("TRUE"), {}, QStringLiteral("date DESC, id DESC"));
}

} // namespace Verbund
