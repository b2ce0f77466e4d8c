#include "indicatorreport.h"

#include "../common/dates.h"
#include "../services/indicators.h"
#include "../storage/measurerepository.h"
#include "../storage/programmerepository.h"
#include "networkreport.h"

namespace Verbund {

namespace {

ReportTable tableOf(const Indicators::Table& indicators) {
    ReportTable table;
    table.columns = {{indicators.title, 7.0, Qt::AlignLeft},
                     {IndicatorReport::tr("Count"), 1.4, Qt::AlignRight}};
    for (const Indicators::Line& line : indicators.lines)
        table.rows << ReportRow{
            {ReportCell::text(line.label), ReportCell::text(QString::number(line.count))}, false};
    table.rows << ReportRow{{ReportCell::text(IndicatorReport::tr("Total"), true),
                             ReportCell::text(QString::number(indicators.total()), true)},
                            true};
    return table;
}

} // namespace

Result<ReportDocument> IndicatorReport::build(Database& database, const IndicatorScope& scope,
                                              const QDate& date) {
    auto indicators = Indicators::read(database, scope);
    if (!indicators)
        return indicators.error();
    QString scopeName = tr("all measures");
    if (scope.measureId > 0) {
        auto measure = MeasureRepository(database).get(scope.measureId);
        if (!measure)
            return measure.error();
        scopeName = tr("measure “%1”").arg(measure->title);
    } else if (scope.programmeId > 0) {
        auto programme = ProgrammeRepository(database).get(scope.programmeId);
        if (!programme)
            return programme.error();
        scopeName = tr("programme “%1”").arg(programme->name);
    }
    const QString span = formatPeriod(scope.from, scope.to);
    ReportDocument document = networkReport(
        database,
        span.isEmpty() ? tr("Participant indicators") : tr("Participant indicators %1").arg(span),
        date);
    document.blocks << ReportTitle{span.isEmpty() ? tr("All periods") : span,
                                   tr("Participant indicators")};
    document.blocks << ReportParagraph{
        tr("For %1: %n entr(ies) into a measure in the period, %2 exit(s), %3 compan(ies) "
           "supported (the employers of those who entered). Employment and education are as "
           "recorded for the person; ages at the day of entry.",
           nullptr, indicators->entries)
            .arg(scopeName)
            .arg(indicators->exits)
            .arg(indicators->companies)};
    for (const auto& [heading, tables] :
         {std::pair{tr("Entries"), &indicators->entryTables},
          std::pair{tr("Exits"), &indicators->exitTables},
          std::pair{tr("Companies supported"), &indicators->companyTables}}) {
        document.blocks << ReportHeading{heading};
        for (const Indicators::Table& table : *tables) {
            document.blocks << tableOf(table);
            document.blocks << ReportSpacer{3};
        }
    }
    document.blocks << ReportHeading{tr("Missing data")};
    if (indicators->missing.isEmpty()) {
        document.blocks << ReportParagraph{tr("Every person counted has every field the "
                                              "statistics need.")};
    } else {
        document.blocks << ReportParagraph{
            tr("These people are counted as “not stated” where their data lack a field; "
               "complete their records and print again.")};
        ReportTable missing;
        missing.columns = {{tr("Person"), 3.0, Qt::AlignLeft},
                           {tr("Measure"), 3.6, Qt::AlignLeft},
                           {tr("Missing"), 3.0, Qt::AlignLeft}};
        for (const Indicators::Missing& person : std::as_const(indicators->missing))
            missing.rows << ReportRow{{ReportCell::text(person.name),
                                       ReportCell::text(person.measure),
                                       ReportCell::text(person.fields.join(QStringLiteral(", ")))},
                                      false};
        document.blocks << missing;
    }
    return document;
}

} // namespace Verbund
