#pragma once

#include "childrows.h"
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

// Funding programmes with their rates by company size.
class ProgrammeRepository final {
public:
    explicit ProgrammeRepository(Database& database);

    Status save(Programme& programme);
    Result<Programme> get(qint64 id) const;
    Status remove(const Programme& programme);
    // By name, with their rates.
    Result<QList<Programme>> all() const;

private:
    Status readRates(Programme& programme) const;

    Database& m_database;
    Repository<Programme> m_records;
    ChildRows m_rates;
};

} // namespace Verbund
