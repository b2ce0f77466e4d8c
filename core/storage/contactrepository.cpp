#include "contactrepository.h"

#include "database.h"

namespace Verbund {

Result<QList<Contact>> ContactRepository::forOrganisation(qint64 organisationId) const {
    return where(QStringLiteral("organisation_id = ?"), {organisationId},
                 QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"));
}

} // namespace Verbund
