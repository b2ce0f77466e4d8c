#include "periodmeasures.h"

#include "../reports/reportnames.h"

#include <map>

namespace Verbund {

Result<PeriodMeasures> PeriodMeasures::read(Database& database, const QDate& from, const QDate& to,
                                            qint64 siteId) {
    MeasureRepository repository(database);
    auto measures = repository.inPeriod(from, to);
    if (!measures)
        return measures.error();
    auto figures = repository.figuresInPeriod(*measures, from, to);
    if (!figures)
        return figures.error();
    auto names = ReportNames::readFunding(database);
    if (!names)
        return names.error();

    PeriodMeasures result;
    // funder name → programme name → money and measures, sorted by name for a stable order.
    std::map<QString, std::map<QString, Funding>> byFunder;
    for (const Measure& measure : std::as_const(*measures)) {
        if (siteId > 0 && measure.siteId != siteId)
            continue;
        Item item{measure, figures->value(measure.meta.id), 0, false};
        item.cost = measure.costFor(item.figures.participants);
        const FundingBreakdown plan = fundingBreakdown(item.cost, measure.shares);
        item.planValid = plan.valid;
        if (plan.valid) {
            result.total += item.cost;
            for (int i = 0; i < measure.shares.size(); ++i) {
                const FundingShare& share = measure.shares.at(i);
                const QString funder = names->funders.value(share.funderId);
                const QString programme =
                    names->programmes.value(share.programmeId, tr("(no programme)"));
                Funding& funding = byFunder[funder][programme];
                funding.funder = funder;
                funding.programme = programme;
                funding.amount += plan.amounts.at(i);
                if (!funding.measureIds.contains(measure.meta.id))
                    funding.measureIds << measure.meta.id;
            }
        } else {
            result.incomplete << measure.title;
        }
        if (measure.obligation.any()) {
            if (item.figures.obligationHired >= item.figures.obligationRequired)
                result.obligationsMet << measure.meta.id;
            else
                result.obligationsOpen << measure.meta.id;
        }
        result.items << item;
    }
    for (const auto& [funder, programmesOfFunder] : byFunder) {
        for (const auto& [programme, funding] : programmesOfFunder)
            result.funding << funding;
    }
    return result;
}

} // namespace Verbund
