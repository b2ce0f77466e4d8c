#include "funding.h"

namespace Verbund {

std::optional<int> Programme::rateFor(int employees) const {
    std::optional<int> rate;
    int band = -1;
    for (const ProgrammeRate& r : rates) {
        if (r.minEmployees <= employees && r.minEmployees > band) {
            band = r.minEmployees;
            rate = r.basisPoints;
        }
    }
    return rate;
}

std::optional<QList<FundingShare>> suggestedShares(const Programme& programme, int employees,
                                                   qint64 companyFunderId,
                                                   qint64 companyOrganisationId) {
    const std::optional<int> rate = programme.rateFor(employees);
    if (!rate || programme.funderId <= 0)
        return std::nullopt;
    QList<FundingShare> shares;
    if (*rate > 0)
        shares << FundingShare{programme.funderId, programme.meta.id, ShareKind::Percent, *rate, 0};
    if (*rate < FullShare)
        shares << FundingShare{
            companyFunderId,   0, ShareKind::Percent,
            FullShare - *rate, 0, companyFunderId > 0 ? 0 : companyOrganisationId};
    return shares;
}

} // namespace Verbund
