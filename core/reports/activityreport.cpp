#include "activityreport.h"

#include "../common/dates.h"
#include "../services/networkfigures.h"
#include "../storage/siterepository.h"
#include "networkreport.h"

namespace Verbund {

Result<ReportDocument> ActivityReport::build(Database& database, const FigureScope& scope,
                                             const QDate& date) {
    auto charts = NetworkFigures::read(database, scope);
    if (!charts)
        return charts.error();
    QString siteName = tr("all sites");
    if (scope.siteId > 0) {
        auto site = SiteRepository(database).get(scope.siteId);
        if (!site)
            return site.error();
        siteName = tr("site %1").arg(site->name);
    }
    const QString span = formatPeriod(scope.from, scope.to);
    ReportDocument document = networkReport(
        database, span.isEmpty() ? tr("Activity report") : tr("Activity report %1").arg(span),
        date);
    document.blocks << ReportTitle{span.isEmpty() ? tr("All periods") : span,
                                   tr("Activity report")};
    document.blocks << ReportParagraph{
        tr("The network's work for %1: advice to companies, members, measures and their "
           "participants, results and money. Measures count when they run in the period; "
           "people when they take part in one of them; exits and sessions by their day.")
            .arg(siteName)};

    ReportTable glance;
    glance.columns = {{tr("Figure"), 4.0, Qt::AlignLeft},
                      {tr("In the period"), 6.0, Qt::AlignLeft}};
    for (const FigureChart& chart : std::as_const(*charts))
        glance.rows << ReportRow{{ReportCell::text(chart.title), ReportCell::text(chart.summary)},
                                 false};
    document.blocks << ReportHeading{tr("At a glance")} << glance;

    const QList<std::pair<Figure, QString>> sections{
        {Figure::CompaniesAdvised, tr("Advice to companies")},
        {Figure::MembersBySize, tr("Members")},
        {Figure::MeasuresByStatus, tr("Measures and participants")},
        {Figure::ExamResults, tr("Results")},
        {Figure::Funding, tr("Money")}};
    for (const FigureChart& chart : std::as_const(*charts)) {
        for (const auto& [first, heading] : sections) {
            if (chart.figure == first)
                document.blocks << ReportHeading{heading};
        }
        ReportChart block{chart.title, chart.summary, {}};
        for (const FigureBar& bar : chart.bars)
            block.bars << ReportChart::Bar{bar.label, double(bar.value),
                                           chart.valueText(bar.value)};
        document.blocks << block;
    }
    return document;
}

} // namespace Verbund
