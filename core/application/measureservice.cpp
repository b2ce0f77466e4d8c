#include "measureservice.h"

#include "../storage/fundingrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/transaction.h"

namespace Verbund {

MeasureService::MeasureService(Database& database)
    : m_database(database) {}

Status MeasureService::save(Measure& draft) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Measure resolved = draft;
    for (FundingShare& share : resolved.shares) {
        if (share.funderId >= 0)
            continue;
        auto funder = FunderRepository(m_database).forOrganisation(-share.funderId);
        if (!funder)
            return funder.error();
        share.funderId = *funder;
    }
    if (Status saved = MeasureRepository(m_database).save(resolved); !saved)
        return saved;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    draft = resolved;
    return {};
}

} // namespace Verbund
