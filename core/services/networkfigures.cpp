#include "networkfigures.h"

#include "../domain/money.h"
#include "../domain/session.h"
#include "periodmeasures.h"

#include <QLocale>

namespace Verbund {

namespace {

// A whole percent of the part, or a dash when there is nothing to divide by.
QString percent(qint64 part, qint64 whole) {
    if (whole <= 0)
        return QStringLiteral("–");
    return QString::number(qRound64(100.0 * double(part) / double(whole)));
}

qint64 valueOf(const FigureChart& chart, const QString& key) {
    for (const FigureBar& bar : chart.bars) {
        if (bar.key == key)
            return bar.value;
    }
    return 0;
}

QString obligationKey(bool met) {
    return met ? QStringLiteral("met") : QStringLiteral("open");
}

QString fundingKey(const PeriodMeasures::Funding& funding) {
    return funding.funder + QLatin1Char('\n') + funding.programme;
}

QString title(Figure figure) {
    switch (figure) {
    case Figure::CompaniesAdvised:
        return NetworkFigures::tr("Companies advised, by size class");
    case Figure::ConsultationsByTopic:
        return NetworkFigures::tr("Consultations by topic");
    case Figure::ConsultationsByChannel:
        return NetworkFigures::tr("Consultations by channel");
    case Figure::MembersBySize:
        return NetworkFigures::tr("Members by size class");
    case Figure::MembersBySector:
        return NetworkFigures::tr("Members by sector (WZ 2008)");
    case Figure::MeasuresByStatus:
        return NetworkFigures::tr("Measures by status");
    case Figure::ParticipantsByGender:
        return NetworkFigures::tr("Participants by gender");
    case Figure::ParticipantsByAge:
        return NetworkFigures::tr("Participants by age group");
    case Figure::ParticipantsByEmployment:
        return NetworkFigures::tr("Participants by employment status");
    case Figure::TeachingUnits:
        return NetworkFigures::tr("Teaching units (UE) of the sessions");
    case Figure::Attendance:
        return NetworkFigures::tr("Attendance recorded");
    case Figure::ExamResults:
        return NetworkFigures::tr("Exam results at exit");
    case Figure::ExitsByStatus:
        return NetworkFigures::tr("Status at exit");
    case Figure::HiringObligations:
        return NetworkFigures::tr("Hiring obligations");
    case Figure::Funding:
        return NetworkFigures::tr("Money committed per funder and programme");
    }
    return {};
}

// The headline of each chart, some from another chart's bars (the consultations' total for
// their topics).
void summarise(QList<FigureChart>& charts, const PeriodMeasures& measures) {
    QHash<Figure, const FigureChart*> byFigure;
    for (const FigureChart& chart : std::as_const(charts))
        byFigure.insert(chart.figure, &chart);
    const qint64 consultations = byFigure.value(Figure::ConsultationsByChannel)->total();
    for (FigureChart& chart : charts) {
        const qint64 total = chart.total();
        switch (chart.figure) {
        case Figure::CompaniesAdvised:
            chart.summary = NetworkFigures::tr("%n compan(ies) advised", nullptr, int(total));
            break;
        case Figure::ConsultationsByTopic:
            chart.summary = NetworkFigures::tr("%n consultation(s); one may touch several topics",
                                               nullptr, int(consultations));
            break;
        case Figure::ConsultationsByChannel:
            chart.summary = NetworkFigures::tr("%n consultation(s)", nullptr, int(total));
            break;
        case Figure::MembersBySize:
        case Figure::MembersBySector:
            chart.summary = NetworkFigures::tr("%n member(s)", nullptr, int(total));
            break;
        case Figure::MeasuresByStatus:
            chart.summary =
                NetworkFigures::tr("%n measure(s) running in the period", nullptr, int(total));
            break;
        case Figure::ParticipantsByGender:
        case Figure::ParticipantsByAge:
        case Figure::ParticipantsByEmployment:
            chart.summary = NetworkFigures::tr("%n participant(s) in the period's measures",
                                               nullptr, int(total));
            break;
        case Figure::TeachingUnits: {
            const qint64 planned = valueOf(chart, QStringLiteral("planned"));
            const qint64 held = valueOf(chart, QStringLiteral("held"));
            chart.summary = NetworkFigures::tr("%1 of %2 UE held (%3 %)")
                                .arg(held)
                                .arg(planned)
                                .arg(percent(held, planned));
            break;
        }
        case Figure::Attendance: {
            const qint64 attended = valueOf(chart, enumKey(AttendanceState::Present)) +
                                    valueOf(chart, enumKey(AttendanceState::Partial));
            chart.summary = NetworkFigures::tr("Attendance rate %1 % (present or partly, of %n "
                                               "recorded)",
                                               nullptr, int(total))
                                .arg(percent(attended, total));
            break;
        }
        case Figure::ExamResults: {
            const qint64 passed = valueOf(chart, enumKey(ExamResult::Passed));
            const qint64 examined = passed + valueOf(chart, enumKey(ExamResult::Failed));
            chart.summary = NetworkFigures::tr("Pass rate %1 % (%2 of %3 examined)")
                                .arg(percent(passed, examined))
                                .arg(passed)
                                .arg(examined);
            break;
        }
        case Figure::ExitsByStatus: {
            const qint64 employed = valueOf(chart, enumKey(ExitStatus::Employed));
            chart.summary = NetworkFigures::tr("Hire rate %1 % (%2 of %n exit(s) into employment)",
                                               nullptr, int(total))
                                .arg(percent(employed, total))
                                .arg(employed);
            break;
        }
        case Figure::HiringObligations:
            chart.summary = NetworkFigures::tr("%1 of %n obligation(s) met", nullptr, int(total))
                                .arg(valueOf(chart, obligationKey(true)));
            break;
        case Figure::Funding:
            chart.summary = NetworkFigures::tr("%1 committed").arg(formatMoney(total));
            if (!measures.incomplete.isEmpty())
                chart.summary += QLatin1Char(' ') +
                                 NetworkFigures::tr("(not counted: %n measure(s) whose funding "
                                                    "plan does not cover the cost)",
                                                    nullptr, int(measures.incomplete.size()));
            break;
        }
    }
}

} // namespace

qint64 FigureChart::total() const {
    // The planned UE hold the held ones; the total of the chart is the plan.
    if (figure == Figure::TeachingUnits)
        return valueOf(*this, QStringLiteral("planned"));
    qint64 sum = 0;
    for (const FigureBar& bar : bars)
        sum += bar.value;
    return sum;
}

QString FigureChart::valueText(qint64 value) const {
    return money ? formatMoney(value) : QLocale().toString(value);
}

QList<Figure> NetworkFigures::all() {
    return {Figure::CompaniesAdvised,
            Figure::ConsultationsByTopic,
            Figure::ConsultationsByChannel,
            Figure::MembersBySize,
            Figure::MembersBySector,
            Figure::MeasuresByStatus,
            Figure::ParticipantsByGender,
            Figure::ParticipantsByAge,
            Figure::ParticipantsByEmployment,
            Figure::TeachingUnits,
            Figure::Attendance,
            Figure::ExamResults,
            Figure::ExitsByStatus,
            Figure::HiringObligations,
            Figure::Funding};
}

Result<QList<FigureChart>> NetworkFigures::read(Database& database, const FigureScope& scope) {
    const FigureRepository repository(database);
    auto measures = PeriodMeasures::read(database, scope.from, scope.to, scope.siteId);
    if (!measures)
        return measures.error();
    QList<Figure> counted = all();
    counted.removeIf([](Figure figure) { return !FigureRepository::counts(figure); });
    auto bars = repository.bars(counted, scope);
    if (!bars)
        return bars.error();
    QList<FigureChart> charts;
    for (const Figure figure : all()) {
        FigureChart chart;
        chart.figure = figure;
        chart.title = title(figure);
        if (FigureRepository::counts(figure)) {
            chart.bars = bars->value(figure);
        } else if (figure == Figure::HiringObligations) {
            chart.bars = {{obligationKey(true), tr("Met"), measures->obligationsMet.size()},
                          {obligationKey(false), tr("Open"), measures->obligationsOpen.size()}};
        } else {
            chart.money = true;
            for (const PeriodMeasures::Funding& funding : std::as_const(measures->funding))
                chart.bars << FigureBar{fundingKey(funding),
                                        funding.funder + QStringLiteral(" – ") + funding.programme,
                                        funding.amount};
        }
        // Of the many sections, those the members belong to.
        if (figure == Figure::MembersBySector)
            chart.bars.removeIf([](const FigureBar& bar) { return bar.value == 0; });
        charts << chart;
    }
    summarise(charts, *measures);
    return charts;
}

Result<QList<FigureRecord>> NetworkFigures::records(Database& database, Figure figure,
                                                    const FigureScope& scope, const QString& key,
                                                    int offset, int limit) {
    const FigureRepository repository(database);
    if (FigureRepository::counts(figure))
        return repository.records(figure, scope, key, offset, limit);
    auto measures = PeriodMeasures::read(database, scope.from, scope.to, scope.siteId);
    if (!measures)
        return measures.error();
    QList<qint64> ids;
    if (figure == Figure::HiringObligations) {
        ids = key == obligationKey(true) ? measures->obligationsMet : measures->obligationsOpen;
    } else {
        for (const PeriodMeasures::Funding& funding : std::as_const(measures->funding)) {
            if (fundingKey(funding) == key)
                ids = funding.measureIds;
        }
    }
    return repository.measures(ids, offset, limit);
}

} // namespace Verbund
