#pragma once

#include "recordmapping.h"

namespace Verbund {

// A funder as lists show it: an organisation's funders carry its name.
struct FunderRow {
    qint64 id = 0;
    QString name;
    qint64 organisationId = 0;
};

class FunderRepository final : public Repository<Funder> {
public:
    using Repository::Repository;
    // By name.
    Result<QList<FunderRow>> all() const;
    // The funder standing for the organisation, made when there is none yet.
    Result<qint64> forOrganisation(qint64 organisationId);
    // The funder that is this organisation, 0 when it is none yet; writes nothing.
    Result<qint64> findForOrganisation(qint64 organisationId) const;
};

} // namespace Verbund
