#include "fundingreport.h"

#include "../common/dates.h"
#include "../storage/curriculumrepository.h"
#include "../storage/enrollmentrepository.h"
#include "../storage/funderrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/organisationrepository.h"
#include "networkreport.h"
#include "reportnames.h"

#include <QHash>
#include <map>

namespace Verbund {

Result<ReportDocument> FundingReport::build(Database& database, const QDate& from, const QDate& to,
                                            const QDate& date) {
    auto names = ReportNames::read(database);
    if (!names)
        return names.error();
    MeasureRepository repository(database);
    auto measures = repository.inPeriod(from, to);
    if (!measures)
        return measures.error();
    auto figuresById = repository.figuresInPeriod(*measures, from, to);
    if (!figuresById)
        return figuresById.error();

    const QString span = formatPeriod(from, to);
    ReportDocument document = networkReport(
        database, span.isEmpty() ? tr("Funding report") : tr("Funding report %1").arg(span), date);
    document.blocks << ReportTitle{span.isEmpty() ? tr("All measures") : span,
                                   tr("Funding report")};
    document.blocks << ReportParagraph{
        tr("Money per funder and programme over the measures running in the period, as their "
           "funding plans share the cost.")};

    // funder name → programme name → amount, sorted by name for a stable report.
    std::map<QString, std::map<QString, Cents>> byFunder;
    ReportTable list;
    list.columns = {{tr("Measure"), 4.3, Qt::AlignLeft},
                    {tr("Period"), 2.6, Qt::AlignLeft},
                    {tr("Participants"), 2.0, Qt::AlignRight},
                    {tr("Cost"), 2.0, Qt::AlignRight}};
    QStringList incomplete;
    Cents grandTotal = 0;
    for (const Measure& measure : std::as_const(*measures)) {
        const MeasureFigures figures = figuresById->value(measure.meta.id);
        const Cents total = measure.costFor(figures.participants);
        const FundingBreakdown plan = fundingBreakdown(total, measure.shares);
        list.rows << ReportRow{{ReportCell::text(measure.title),
                                ReportCell::text(formatPeriod(measure.startDate, measure.endDate)),
                                ReportCell::text(QString::number(figures.participants)),
                                ReportCell::text(formatMoney(total))},
                               false};
        if (!plan.valid) {
            incomplete << measure.title;
            continue;
        }
        grandTotal += total;
        for (int i = 0; i < measure.shares.size(); ++i) {
            const FundingShare& share = measure.shares.at(i);
            byFunder[names->funders.value(share.funderId)]
                    [names->programmes.value(share.programmeId, tr("(no programme)"))] +=
                plan.amounts.at(i);
        }
    }

    ReportTable table;
    table.columns = {{tr("Funder"), 4.0, Qt::AlignLeft},
                     {tr("Programme"), 4.0, Qt::AlignLeft},
                     {tr("Amount"), 2.2, Qt::AlignRight}};
    for (const auto& [funder, programmes] : byFunder) {
        Cents funderTotal = 0;
        for (const auto& [programme, amount] : programmes) {
            table.rows << ReportRow{{ReportCell::text(funder), ReportCell::text(programme),
                                     ReportCell::text(formatMoney(amount))},
                                    false};
            funderTotal += amount;
        }
        if (programmes.size() > 1)
            table.rows << ReportRow{{ReportCell::text(tr("%1 together").arg(funder), true),
                                     ReportCell::text({}),
                                     ReportCell::text(formatMoney(funderTotal), true)},
                                    false};
    }
    table.rows << ReportRow{{ReportCell::text(tr("Total")), ReportCell::text({}),
                             ReportCell::text(formatMoney(grandTotal))},
                            true};
    document.blocks << ReportHeading{tr("By funder and programme")} << table;
    document.blocks << ReportHeading{tr("Measures")};
    if (list.rows.isEmpty())
        document.blocks << ReportParagraph{tr("No measure runs in this period.")};
    else
        document.blocks << list;
    if (!incomplete.isEmpty())
        document.blocks << ReportParagraph{
            tr("Not counted, because their funding plan does not cover the cost: %1.")
                .arg(incomplete.join(QStringLiteral(", "))),
            true};
    return document;
}

} // namespace Verbund
