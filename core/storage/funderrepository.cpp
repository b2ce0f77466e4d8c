#include "funderrepository.h"

#include "database.h"

#include <algorithm>

namespace Verbund {

Result<QList<FunderRow>> FunderRepository::all() const {
    auto query = runSql(m_store.database().connection(),
                        QStringLiteral("SELECT f.id, coalesce(o.name, f.name), "
                                       "coalesce(f.organisation_id, 0) FROM funder f "
                                       "LEFT JOIN organisation o ON o.id = f.organisation_id "
                                       "ORDER BY coalesce(o.name, f.name) COLLATE NOCASE, f.id"));
    if (!query)
        return query.error();
    QList<FunderRow> rows;
    while (query->next())
        rows << FunderRow{query->value(0).toLongLong(), query->value(1).toString(),
                          query->value(2).toLongLong()};
    return rows;
}

Result<qint64> FunderRepository::findForOrganisation(qint64 organisationId) const {
    auto found = where(QStringLiteral("organisation_id = ?"), {organisationId});
    if (!found)
        return found.error();
    return found->isEmpty() ? qint64(0) : found->first().meta.id;
}

Result<qint64> FunderRepository::forOrganisation(qint64 organisationId) {
    auto found = findForOrganisation(organisationId);
    if (!found)
        return found.error();
    if (*found > 0)
        return *found;
    Funder funder;
    funder.organisationId = organisationId;
    if (Status saved = save(funder); !saved)
        return saved.error();
    return funder.meta.id;
}

} // namespace Verbund
