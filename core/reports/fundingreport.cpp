#include "fundingreport.h"

#include "../common/dates.h"
#include "../services/periodmeasures.h"
#include "networkreport.h"

namespace Verbund {

Result<ReportDocument> FundingReport::build(Database& database, const QDate& from, const QDate& to,
                                            const QDate& date) {
    auto measures = PeriodMeasures::read(database, from, to);
    if (!measures)
        return measures.error();

    const QString span = formatPeriod(from, to);
    ReportDocument document = networkReport(
        database, span.isEmpty() ? tr("Funding report") : tr("Funding report %1").arg(span), date);
    document.blocks << ReportTitle{span.isEmpty() ? tr("All measures") : span,
                                   tr("Funding report")};
    document.blocks << ReportParagraph{
        tr("Money per funder and programme over the measures running in the period, as their "
           "funding plans share the cost.")};

    ReportTable list;
    list.columns = {{tr("Measure"), 4.3, Qt::AlignLeft},
                    {tr("Period"), 2.6, Qt::AlignLeft},
                    {tr("Participants"), 2.0, Qt::AlignRight},
                    {tr("Cost"), 2.0, Qt::AlignRight}};
    for (const PeriodMeasures::Item& item : std::as_const(measures->items))
        list.rows << ReportRow{
            {ReportCell::text(item.measure.title),
             ReportCell::text(formatPeriod(item.measure.startDate, item.measure.endDate)),
             ReportCell::text(QString::number(item.figures.participants)),
             ReportCell::text(formatMoney(item.cost))},
            false};

    ReportTable table;
    table.columns = {{tr("Funder"), 4.0, Qt::AlignLeft},
                     {tr("Programme"), 4.0, Qt::AlignLeft},
                     {tr("Amount"), 2.2, Qt::AlignRight}};
    Cents funderTotal = 0;
    int funderLines = 0;
    for (qsizetype i = 0; i < measures->funding.size(); ++i) {
        const PeriodMeasures::Funding& funding = measures->funding.at(i);
        table.rows << ReportRow{{ReportCell::text(funding.funder),
                                 ReportCell::text(funding.programme),
                                 ReportCell::text(formatMoney(funding.amount))},
                                false};
        funderTotal += funding.amount;
        ++funderLines;
        // After a funder's last programme, when it has several: the funder's sum.
        if (i + 1 < measures->funding.size() &&
            measures->funding.at(i + 1).funder == funding.funder)
            continue;
        if (funderLines > 1)
            table.rows << ReportRow{{ReportCell::text(tr("%1 together").arg(funding.funder), true),
                                     ReportCell::text({}),
                                     ReportCell::text(formatMoney(funderTotal), true)},
                                    false};
        funderTotal = 0;
        funderLines = 0;
    }
    table.rows << ReportRow{{ReportCell::text(tr("Total")), ReportCell::text({}),
                             ReportCell::text(formatMoney(measures->total))},
                            true};
    document.blocks << ReportHeading{tr("By funder and programme")} << table;
    document.blocks << ReportHeading{tr("Measures")};
    if (list.rows.isEmpty())
        document.blocks << ReportParagraph{tr("No measure runs in this period.")};
    else
        document.blocks << list;
    if (!measures->incomplete.isEmpty())
        document.blocks << ReportParagraph{
            tr("Not counted, because their funding plan does not cover the cost: %1.")
                .arg(measures->incomplete.join(QStringLiteral(", "))),
            true};
    return document;
}

} // namespace Verbund
