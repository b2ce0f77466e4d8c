#include "consultationrepository.h"

#include "database.h"
#include "followuprepository.h"

namespace Verbund {

Status ConsultationRepository::save(Consultation& consultation) {
    if (QList<FieldError> errors = validate(consultation); !errors.isEmpty())
        return Error::validation(errors);
    Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.begun();
    QDate before;
    if (!consultation.meta.isNew()) {
        auto stored = get(consultation.meta.id);
        if (!stored)
            return stored.error();
        before = stored->followUp;
    }
    Consultation saved = consultation;
    if (Status written = write(saved); !written)
        return written;
    if (Status followed = FollowUpRepository(m_store.database()).followConsultation(saved, before);
        !followed)
        return followed;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    consultation = saved;
    return {};
}

Result<QList<Consultation>> ConsultationRepository::forOrganisation(qint64 organisationId) const {
    return where(QStringLiteral("organisation_id = ?"), {organisationId},
                 QStringLiteral("date DESC, id DESC"));
}

Result<QList<Consultation>> ConsultationRepository::all() const {
    return where(QStringLiteral("TRUE"), {}, QStringLiteral("date DESC, id DESC"));
}

} // namespace Verbund
