#include "measureoverview.h"

#include "../common/dates.h"
#include "../storage/curriculumrepository.h"
#include "../storage/enrollmentrepository.h"
#include "../storage/funderrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/programmerepository.h"
#include "networkreport.h"
#include "reportnames.h"

#include <QHash>
#include <map>

namespace Verbund {

Result<ReportDocument> MeasureOverview::build(Database& database, const Measure& measure,
                                              const QDate& date) {
    auto names = ReportNames::read(database);
    auto figures = MeasureRepository(database).figures(measure);
    auto enrollments = EnrollmentRepository(database).forMeasure(measure.meta.id);
    if (!names)
        return names.error();
    if (!figures)
        return figures.error();
    if (!enrollments)
        return enrollments.error();
    QString curriculum;
    if (measure.curriculumId > 0) {
        auto found = CurriculumRepository(database).get(measure.curriculumId);
        if (!found)
            return found.error();
        curriculum = tr("%1 (version %2)").arg(found->title, found->version);
    }

    ReportDocument document =
        networkReport(database, tr("Measure overview: %1").arg(measure.title), date);
    document.blocks << ReportTitle{measure.title, tr("Measure overview")};
    QStringList locations;
    for (const MeasureLocation& location : measure.locations)
        locations << QStringLiteral("%1 (%2)").arg(
            names->organisations.value(location.organisationId), enumLabel(location.role));
    document.addFields({
        {tr("Kind"), enumLabel(measure.kind)},
        {tr("Qualification goal"), measure.qualificationGoal},
        {tr("Status"), enumLabel(measure.status)},
        {tr("Period"), formatPeriod(measure.startDate, measure.endDate)},
        {tr("Schedule"), measure.schedule},
        {tr("Lead provider"), names->organisations.value(measure.providerId)},
        {tr("Further places of learning"), locations.join(QStringLiteral("; "))},
        {tr("Curriculum"), curriculum},
        {tr("Planned UE"), QString::number(measure.effectivePlannedUe())},
        {tr("Places"), measure.capacity > 0 ? QString::number(measure.capacity) : QString()},
    });

    document.blocks << ReportHeading{tr("Participants")};
    document.blocks << ReportParagraph{
        tr("%n taking part: %1 employed, %2 referred unemployed, %3 other.", nullptr,
           figures->participants)
            .arg(figures->employed)
            .arg(figures->referred)
            .arg(figures->other)};
    ReportTable people;
    people.columns = {{tr("Name"), 2.9, Qt::AlignLeft},   {tr("Path"), 2.4, Qt::AlignLeft},
                      {tr("Status"), 2.3, Qt::AlignLeft}, {tr("UE"), 0.9, Qt::AlignRight},
                      {tr("Exam"), 1.6, Qt::AlignLeft},   {tr("Hired on"), 1.8, Qt::AlignLeft}};
    for (const EnrollmentRow& row : std::as_const(*enrollments)) {
        people.rows << ReportRow{{ReportCell::text(row.participant),
                                  ReportCell::text(enumLabel(row.path)),
                                  ReportCell::text(enumLabel(row.status)),
                                  ReportCell::text(QString::number(row.individualUe)),
                                  ReportCell::text(enumLabel(row.examResult)),
                                  ReportCell::text(formatDate(row.hiredOn))},
                                 false};
    }
    if (!people.rows.isEmpty())
        document.blocks << people;

    document.blocks << ReportHeading{tr("Funding")};
    const Cents total = measure.costFor(figures->participants);
    if (measure.costMode == CostMode::PerUe)
        document.blocks << ReportParagraph{
            tr("%1 per UE and participant × %2 UE × %n participant(s).", nullptr,
               figures->participants)
                .arg(formatMoney(measure.costPerUe))
                .arg(measure.effectivePlannedUe())};
    if (measure.shares.isEmpty()) {
        document.blocks << ReportParagraph{
            tr("No funding plan yet. Cost: %1.").arg(formatMoney(total))};
    } else {
        const FundingBreakdown plan = fundingBreakdown(total, measure.shares);
        ReportTable funding;
        funding.columns = {{tr("Funder"), 3.4, Qt::AlignLeft},
                           {tr("Programme"), 3.0, Qt::AlignLeft},
                           {tr("Share"), 1.6, Qt::AlignRight},
                           {tr("Amount"), 2.0, Qt::AlignRight}};
        for (int i = 0; i < measure.shares.size(); ++i) {
            const FundingShare& share = measure.shares.at(i);
            funding.rows << ReportRow{
                {ReportCell::text(names->funders.value(share.funderId)),
                 ReportCell::text(names->programmes.value(share.programmeId)),
                 ReportCell::text(share.kind == ShareKind::Percent ? formatShare(share.basisPoints)
                                                                   : tr("fixed")),
                 ReportCell::text(formatMoney(plan.amounts.at(i)))},
                false};
        }
        if (plan.remainder != 0)
            funding.rows << ReportRow{{ReportCell::text(tr("Not covered")), ReportCell::text({}),
                                       ReportCell::text({}),
                                       ReportCell::text(formatMoney(plan.remainder))},
                                      false};
        funding.rows << ReportRow{{ReportCell::text(tr("Total")), ReportCell::text({}),
                                   ReportCell::text({}), ReportCell::text(formatMoney(total))},
                                  true};
        document.blocks << funding;
        if (figures->participants > 0)
            document.blocks << ReportParagraph{
                tr("Per participant: %1.")
                    .arg(formatMoney(
                        allocate(total, QList<qint64>(figures->participants, 1)).first()))};
    }

    document.blocks << ReportHeading{tr("Outcomes and obligations")};
    QList<std::pair<QString, QString>> outcomes{
        {tr("Exam passed"), tr("%1 of %2").arg(figures->passed).arg(figures->participants)},
        {tr("Hired"), tr("%1 of %2").arg(figures->hired).arg(figures->participants)},
    };
    if (measure.obligation.any()) {
        const QString what =
            measure.obligation.count
                ? tr("%1 hires at least %2 of the referred participants.")
                      .arg(names->organisations.value(measure.obligation.companyId))
                      .arg(*measure.obligation.count)
                : tr("%1 hires at least %2 of the referred participants.")
                      .arg(names->organisations.value(measure.obligation.companyId),
                           formatShare(measure.obligation.shareBasisPoints));
        const QString state =
            tr("hired %1 of %2 required")
                .arg(figures->obligationHired)
                .arg(figures->obligationRequired) +
            QStringLiteral(" – ") +
            (figures->obligationHired >= figures->obligationRequired ? tr("fulfilled")
                                                                     : tr("open"));
        outcomes << std::pair{tr("Obligation"), what} << std::pair{tr("State"), state};
    }
    document.addFields(outcomes);
    return document;
}

} // namespace Verbund
