#include "measureoverview.h"

#include "../common/dates.h"
#include "../storage/curriculumrepository.h"
#include "../storage/enrollmentrepository.h"
#include "../storage/fundingrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/repositories.h"
#include "networkreport.h"

#include <QHash>
#include <map>

namespace Verbund {

namespace {

// Names of organisations, funders and programmes by id, read once per report.
struct Names {
    QHash<qint64, QString> organisations;
    QHash<qint64, QString> funders;
    QHash<qint64, QString> programmes;

    static Result<Names> read(Database& database) {
        Names names;
        auto organisations = OrganisationRepository(database).where(QStringLiteral("1"), {});
        auto funders = FunderRepository(database).all();
        auto programmes = ProgrammeRepository(database).all();
        if (!organisations)
            return organisations.error();
        if (!funders)
            return funders.error();
        if (!programmes)
            return programmes.error();
        for (const Organisation& o : std::as_const(*organisations))
            names.organisations.insert(o.meta.id, o.name);
        for (const FunderRow& f : std::as_const(*funders))
            names.funders.insert(f.id, f.name);
        for (const Programme& p : std::as_const(*programmes))
            names.programmes.insert(p.meta.id, p.name);
        return names;
    }
};

QString period(const QDate& from, const QDate& to) {
    if (!from.isValid() && !to.isValid())
        return {};
    return QStringLiteral("%1 – %2").arg(formatDate(from), formatDate(to));
}

ReportCell cell(const QString& text, bool strong = false) {
    return ReportCell{{text}, false, strong};
}

} // namespace

Result<ReportDocument> MeasureOverview::build(Database& database, const Measure& measure,
                                              const QDate& date) {
    auto names = Names::read(database);
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
        {tr("Period"), period(measure.startDate, measure.endDate)},
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
        people.rows << ReportRow{{cell(row.participant), cell(enumLabel(row.path)),
                                  cell(enumLabel(row.status)),
                                  cell(QString::number(row.individualUe)),
                                  cell(enumLabel(row.examResult)), cell(formatDate(row.hiredOn))},
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
                {cell(names->funders.value(share.funderId)),
                 cell(names->programmes.value(share.programmeId)),
                 cell(share.kind == ShareKind::Percent ? formatShare(share.basisPoints)
                                                       : tr("fixed")),
                 cell(formatMoney(plan.amounts.at(i)))},
                false};
        }
        if (plan.remainder != 0)
            funding.rows << ReportRow{
                {cell(tr("Not covered")), cell({}), cell({}), cell(formatMoney(plan.remainder))},
                false};
        funding.rows << ReportRow{{cell(tr("Total")), cell({}), cell({}), cell(formatMoney(total))},
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

Result<ReportDocument> FundingReport::build(Database& database, const QDate& from, const QDate& to,
                                            const QDate& date) {
    auto names = Names::read(database);
    if (!names)
        return names.error();
    MeasureRepository repository(database);
    auto measures = repository.inPeriod(from, to);
    if (!measures)
        return measures.error();

    const QString span = period(from, to);
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
        auto figures = repository.figures(measure);
        if (!figures)
            return figures.error();
        const Cents total = measure.costFor(figures->participants);
        const FundingBreakdown plan = fundingBreakdown(total, measure.shares);
        list.rows << ReportRow{
            {cell(measure.title), cell(period(measure.startDate, measure.endDate)),
             cell(QString::number(figures->participants)), cell(formatMoney(total))},
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
            table.rows << ReportRow{{cell(funder), cell(programme), cell(formatMoney(amount))},
                                    false};
            funderTotal += amount;
        }
        if (programmes.size() > 1)
            table.rows << ReportRow{{cell(tr("%1 together").arg(funder), true), cell({}),
                                     cell(formatMoney(funderTotal), true)},
                                    false};
    }
    table.rows << ReportRow{{cell(tr("Total")), cell({}), cell(formatMoney(grandTotal))}, true};
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
