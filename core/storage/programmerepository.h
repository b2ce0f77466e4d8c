#pragma once

#include "childrows.h"
#include "recordmapping.h"

namespace Verbund {

// Funding programmes with their rates by company size.
class ProgrammeRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::ProgrammeRepository)
public:
    explicit ProgrammeRepository(Database& database);

    Status save(Programme& programme);
    Result<Programme> get(qint64 id) const;
    Status remove(const Programme& programme);
    // By name, with their rates.
    Result<QList<Programme>> all() const;
    // The programme of this id or exact name.
    Result<Programme> find(const QString& subject) const;

private:
    Status readRates(Programme& programme) const;

    Database& m_database;
    Repository<Programme> m_records;
    ChildRows m_rates;
};

} // namespace Verbund
