#include "contactrepository.h"

#include "database.h"

namespace Verbund {

Result<QList<Contact>> ContactRepository::forOrganisation(qint64 organisationId) const {
    return where(QStringLiteral("organisation_id = ?"), {organisationId},
                 QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"));
}

QString ContactRepository::identityKey(const Contact& contact) {
    return RecordStore::identityKey(
        {QString::number(contact.organisationId), contact.firstName, contact.lastName});
}

Result<QHash<size_t, qint64>> ContactRepository::identities() const {
    return m_store.identities({QStringLiteral("organisation_id"), QStringLiteral("first_name"),
                               QStringLiteral("last_name")});
}

} // namespace Verbund
