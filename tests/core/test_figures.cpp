// The network's figures (the overview's Kennzahlen and the activity report): every bar is the
// count a direct SQL query makes on the demo, its list holds what it counts, and the figures
// that other reports also show agree with them.
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "domain/consultation.h"
#include "domain/money.h"
#include "reports/fundingreport.h"
#include "runverbund.h"
#include "services/indicators.h"
#include "services/networkfigures.h"
#include "storage/database.h"
#include "tempdatabase.h"

#include <QTemporaryDir>

using namespace Verbund;
using Verbund::Testing::Run;
using Verbund::Testing::TempDatabase;
using Verbund::Testing::verbund;

namespace {

qint64 direct(Database& db, const char* sql, const QVariantList& values) {
    auto value = db.readValue(QString::fromUtf8(sql), values);
    REQUIRE(value.ok());
    return value->toLongLong();
}

const FigureChart& chartOf(const QList<FigureChart>& charts, Figure figure) {
    const auto found = std::find_if(charts.cbegin(), charts.cend(),
                                    [figure](const FigureChart& c) { return c.figure == figure; });
    REQUIRE(found != charts.cend());
    return *found;
}

qint64 bar(const FigureChart& chart, const QString& key) {
    for (const FigureBar& b : chart.bars) {
        if (b.key == key)
            return b.value;
    }
    FAIL("no bar " << key.toStdString());
    return -1;
}

} // namespace

TEST_CASE("every figure of the network is the count made directly in SQL, and every bar's list "
          "holds what it counts") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    const QDate from(2026, 1, 1);
    const QDate to(2026, 12, 31);
    const QDate today(2026, 12, 3);
    const FigureScope scope{from, to, 0, today};
    auto read = NetworkFigures::read(*db, scope);
    REQUIRE(read.ok());
    const QList<FigureChart>& charts = *read;
    REQUIRE(charts.size() == NetworkFigures::all().size());
    const QVariantList period{isoDate(from), isoDate(to)};

    const FigureChart& advised = chartOf(charts, Figure::CompaniesAdvised);
    CHECK(advised.total() == direct(*db,
                                    "SELECT count(DISTINCT organisation_id) FROM consultation "
                                    "WHERE date BETWEEN ? AND ?",
                                    period));
    CHECK(advised.total() > 0);
    const FigureChart& topics = chartOf(charts, Figure::ConsultationsByTopic);
    for (const ConsultationTopic topic : enumValues<ConsultationTopic>())
        CHECK(bar(topics, enumKey(topic)) ==
              direct(*db,
                     "SELECT count(*) FROM consultation WHERE date BETWEEN ? AND ? AND "
                     "(topics & ?) <> 0",
                     period + QVariantList{int(topic)}));
    const FigureChart& channels = chartOf(charts, Figure::ConsultationsByChannel);
    CHECK(channels.total() ==
          direct(*db, "SELECT count(*) FROM consultation WHERE date BETWEEN ? AND ?", period));
    CHECK(bar(channels, QStringLiteral("phone")) ==
          direct(*db,
                 "SELECT count(*) FROM consultation WHERE date BETWEEN ? AND ? AND channel = "
                 "'phone'",
                 period));

    const char* members = "SELECT count(*) FROM organisation WHERE membership = 'member' AND "
                          "(member_since IS NULL OR member_since <= ?)";
    const FigureChart& bySize = chartOf(charts, Figure::MembersBySize);
    CHECK(bySize.total() == direct(*db, members, {isoDate(to)}));
    CHECK(bar(bySize, QStringLiteral("none")) ==
          direct(*db,
                 "SELECT count(*) FROM organisation WHERE membership = 'member' AND "
                 "(member_since IS NULL OR member_since <= ?) AND employees IS NULL",
                 {isoDate(to)}));
    const FigureChart& bySector = chartOf(charts, Figure::MembersBySector);
    CHECK(bySector.total() == bySize.total());
    for (const FigureBar& b : bySector.bars)
        CHECK(b.value > 0); // only the sections the members belong to

    const char* overlap = "(m.end_date IS NULL OR m.end_date >= ?) AND (m.start_date IS NULL OR "
                          "m.start_date <= ?)";
    const FigureChart& measures = chartOf(charts, Figure::MeasuresByStatus);
    CHECK(measures.total() ==
          direct(*db, (QByteArray("SELECT count(*) FROM measure m WHERE ") + overlap).constData(),
                 period));
    CHECK(bar(measures, QStringLiteral("running")) ==
          direct(*db,
                 (QByteArray("SELECT count(*) FROM measure m WHERE m.status = 'running' AND ") +
                  overlap)
                     .constData(),
                 period));

    const QByteArray people =
        QByteArray("SELECT count(DISTINCT e.participant_id) FROM enrollment e JOIN measure m ON "
                   "m.id = e.measure_id JOIN participant p ON p.id = e.participant_id WHERE "
                   "e.status <> 'cancelled' AND ") +
        overlap;
    const qint64 participants = direct(*db, people.constData(), period);
    CHECK(participants > 0);
    for (const Figure figure : {Figure::ParticipantsByGender, Figure::ParticipantsByAge,
                                Figure::ParticipantsByEmployment})
        CHECK(chartOf(charts, figure).total() == participants);
    CHECK(bar(chartOf(charts, Figure::ParticipantsByGender), QStringLiteral("f")) ==
          direct(*db, (people + " AND p.gender = 'f'").constData(), period));
    CHECK(bar(chartOf(charts, Figure::ParticipantsByEmployment), QStringLiteral("unemployed")) ==
          direct(*db, (people + " AND p.employment = 'unemployed'").constData(), period));
    // Aged 30 to 54 on the day, which comes before the period's end: born after 03.12.1971, by
    // 03.12.1996.
    CHECK(bar(chartOf(charts, Figure::ParticipantsByAge), QStringLiteral("30_54")) ==
          direct(*db,
                 (people + " AND p.birth_date > '1971-12-03' AND p.birth_date <= '1996-12-03'")
                     .constData(),
                 period));

    const FigureChart& units = chartOf(charts, Figure::TeachingUnits);
    const char* ue = "SELECT coalesce(sum(s.ue), 0) FROM session s JOIN measure m ON m.id = "
                     "s.measure_id WHERE m.status <> 'cancelled' AND s.date BETWEEN ? AND ? AND "
                     "s.date <= ?";
    CHECK(bar(units, QStringLiteral("planned")) ==
          direct(*db, ue, period + QVariantList{isoDate(to)}));
    CHECK(bar(units, QStringLiteral("held")) ==
          direct(*db, ue, period + QVariantList{isoDate(today)}));
    CHECK(bar(units, QStringLiteral("held")) < bar(units, QStringLiteral("planned")));

    const FigureChart& attendance = chartOf(charts, Figure::Attendance);
    CHECK(bar(attendance, QStringLiteral("absent")) ==
          direct(*db,
                 "SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id "
                 "WHERE s.date BETWEEN ? AND ? AND a.state = 'absent'",
                 period));
    CHECK(attendance.summary.contains(QStringLiteral("%")));

    const char* exits = "SELECT count(*) FROM enrollment e JOIN measure m ON m.id = "
                        "e.measure_id WHERE e.status IN ('completed', 'dropped_out') AND "
                        "coalesce(e.exit_date, m.end_date) BETWEEN ? AND ? AND e.exam_result = ?";
    const FigureChart& exams = chartOf(charts, Figure::ExamResults);
    CHECK(bar(exams, QStringLiteral("passed")) ==
          direct(*db, exits, period + QVariantList{QStringLiteral("passed")}));
    CHECK(bar(exams, QStringLiteral("failed")) ==
          direct(*db, exits, period + QVariantList{QStringLiteral("failed")}));
    // The exits are those the funders' indicators count.
    auto indicators = Indicators::read(*db, {from, to, 0, 0});
    REQUIRE(indicators.ok());
    const FigureChart& statuses = chartOf(charts, Figure::ExitsByStatus);
    CHECK(statuses.total() == indicators->exits);
    CHECK(exams.total() == indicators->exits);
    const Indicators::Table& byStatus = indicators->exitTables.first();
    for (int i = 0; i < byStatus.lines.size(); ++i)
        CHECK(statuses.bars.at(i).value == byStatus.lines.at(i).count);

    const FigureChart& obligations = chartOf(charts, Figure::HiringObligations);
    CHECK(obligations.total() ==
          direct(*db,
                 (QByteArray("SELECT count(*) FROM measure m WHERE m.obligation_company_id IS NOT "
                             "NULL AND (m.obligation_count IS NOT NULL OR m.obligation_share > "
                             "0) AND ") +
                  overlap)
                     .constData(),
                 period));

    // The money is the funding report's.
    const FigureChart& funding = chartOf(charts, Figure::Funding);
    CHECK(funding.money);
    CHECK(funding.total() > 0);
    auto report = FundingReport::build(*db, from, to, today);
    REQUIRE(report.ok());
    bool totalFound = false;
    for (const ReportBlock& block : report->blocks) {
        if (const auto* table = std::get_if<ReportTable>(&block)) {
            if (!table->rows.isEmpty() && table->rows.last().emphasised)
                totalFound = table->rows.last().cells.last().paragraphs.value(0) ==
                             formatMoney(funding.total());
        }
    }
    CHECK(totalFound);

    // Every bar's list holds what it counts: as many records, or the measures it sums up.
    for (const FigureChart& chart : charts) {
        for (const FigureBar& b : chart.bars) {
            INFO(chart.title.toStdString() << " / " << b.label.toStdString());
            auto records = NetworkFigures::records(*db, chart.figure, scope, b.key, 0, 100000);
            REQUIRE(records.ok());
            if (chart.figure == Figure::TeachingUnits || chart.figure == Figure::Funding)
                CHECK(records->isEmpty() == (b.value == 0));
            else
                CHECK(records->size() == b.value);
        }
    }
    // Read a page at a time.
    auto firstPage =
        NetworkFigures::records(*db, Figure::Attendance, scope, QStringLiteral("present"), 0, 10);
    auto secondPage =
        NetworkFigures::records(*db, Figure::Attendance, scope, QStringLiteral("present"), 10, 10);
    REQUIRE(firstPage.ok());
    REQUIRE(secondPage.ok());
    CHECK(firstPage->size() == 10);
    CHECK(secondPage->size() == 10);
    CHECK(firstPage->last().name <= secondPage->first().name);

    // A site's figures are those of its measures and organisations.
    const qint64 site = direct(*db, "SELECT site_id FROM measure WHERE title = ?",
                               {QStringLiteral("Kaufmann/-frau für Dialogmarketing")});
    auto ofSite = NetworkFigures::read(*db, {from, to, site, today});
    REQUIRE(ofSite.ok());
    CHECK(chartOf(*ofSite, Figure::MeasuresByStatus).total() ==
          direct(*db,
                 (QByteArray("SELECT count(*) FROM measure m WHERE m.site_id = ? AND ") + overlap)
                     .constData(),
                 QVariantList{site} + period));
    CHECK(chartOf(*ofSite, Figure::MeasuresByStatus).total() < measures.total());
    CHECK(chartOf(*ofSite, Figure::CompaniesAdvised).total() ==
          direct(*db,
                 "SELECT count(DISTINCT c.organisation_id) FROM consultation c JOIN organisation "
                 "o ON o.id = c.organisation_id WHERE o.site_id = ? AND c.date BETWEEN ? AND ?",
                 QVariantList{site} + period));
}

TEST_CASE("an empty network's figures are zero, with nothing to divide by") {
    TempDatabase db;
    auto charts =
        NetworkFigures::read(*db, {QDate(2026, 1, 1), QDate(2026, 3, 31), 0, QDate(2026, 2, 1)});
    REQUIRE(charts.ok());
    for (const FigureChart& chart : *charts)
        CHECK(chart.total() == 0);
    CHECK(chartOf(*charts, Figure::ExamResults).summary.contains(QStringLiteral("–")));
    CHECK(chartOf(*charts, Figure::Funding).bars.isEmpty());
}

TEST_CASE("the command line prints the activity report of a period and a site", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("taetigkeit.pdf"));
    const QStringList args{QStringLiteral("print"),  QStringLiteral("activity-report"),
                           QStringLiteral("-d"),     path,
                           QStringLiteral("--from"), QStringLiteral("01.01.2026"),
                           QStringLiteral("--to"),   QStringLiteral("31.12.2026"),
                           QStringLiteral("-o"),     pdf,
                           QStringLiteral("--lang"), QStringLiteral("de")};
    const Run printed = verbund(args);
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString text = Verbund::Testing::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Tätigkeitsbericht")));
    CHECK(text.contains(QStringLiteral("Auf einen Blick")));
    CHECK(text.contains(QStringLiteral("Beratene Unternehmen nach Größenklasse")));
    CHECK(text.contains(QStringLiteral("Bestehensquote")));
    CHECK(text.contains(QStringLiteral("alle Standorte")));
    CHECK(Verbund::Testing::pdfPageCount(pdf) >= 2);

    const Run ofSite = verbund(
        args + QStringList{QStringLiteral("--site"), QStringLiteral("Pilotregion Schwerin")});
    INFO(ofSite.err.toStdString());
    REQUIRE(ofSite.exitCode == 0);
    CHECK(Verbund::Testing::pdfText(pdf).contains(QStringLiteral("Standort Pilotregion Schwerin")));
    const Run unknown =
        verbund(args + QStringList{QStringLiteral("--site"), QStringLiteral("Atlantis")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("„Atlantis“")));
    const Run noSite =
        verbund({QStringLiteral("print"), QStringLiteral("funding-report"), QStringLiteral("-d"),
                 path, QStringLiteral("--site"), QStringLiteral("1"), QStringLiteral("-o"), pdf});
    CHECK(noSite.exitCode == 2);
}
