#include "domain/holidays.h"
#include "reports/attendancereports.h"
#include "reports/reportrenderer.h"
#include "runverbund.h"
#include "services/attendance.h"
#include "services/demonetwork.h"
#include "services/sessionseries.h"
#include "storage/attendancerepository.h"
#include "storage/curriculumrepository.h"
#include "storage/measurerepository.h"
#include "storage/participantrepository.h"
#include "tempdatabase.h"

using namespace Verbund;
using Verbund::Testing::pdfPageCount;
using Verbund::Testing::pdfText;
using Verbund::Testing::TempDatabase;

namespace {

QList<QDate> datesOf(int year, FederalState state) {
    QList<QDate> dates;
    for (const PublicHoliday& holiday : publicHolidays(year, state))
        dates << holiday.date;
    return dates;
}

QList<QDate> dates(int year, std::initializer_list<std::pair<int, int>> monthDays) {
    QList<QDate> result;
    for (const auto& [month, day] : monthDays)
        result << QDate(year, month, day);
    return result;
}

} // namespace

TEST_CASE("public holidays of 2026 and 2027 match the official lists") {
    CHECK(easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(easterSunday(2027) == QDate(2027, 3, 28));
    // Bavaria (statewide; Mariä Himmelfahrt only in some municipalities).
    CHECK(datesOf(2026, FederalState::BY) == dates(2026, {{1, 1},
                                                          {1, 6},
                                                          {4, 3},
                                                          {4, 6},
                                                          {5, 1},
                                                          {5, 14},
                                                          {5, 25},
                                                          {6, 4},
                                                          {10, 3},
                                                          {11, 1},
                                                          {12, 25},
                                                          {12, 26}}));
    CHECK(datesOf(2027, FederalState::BY) == dates(2027, {{1, 1},
                                                          {1, 6},
                                                          {3, 26},
                                                          {3, 29},
                                                          {5, 1},
                                                          {5, 6},
                                                          {5, 17},
                                                          {5, 27},
                                                          {10, 3},
                                                          {11, 1},
                                                          {12, 25},
                                                          {12, 26}}));
    // Mecklenburg-Western Pomerania: Women's Day since 2023, Reformation Day.
    CHECK(datesOf(2026, FederalState::MV) == dates(2026, {{1, 1},
                                                          {3, 8},
                                                          {4, 3},
                                                          {4, 6},
                                                          {5, 1},
                                                          {5, 14},
                                                          {5, 25},
                                                          {10, 3},
                                                          {10, 31},
                                                          {12, 25},
                                                          {12, 26}}));
    CHECK(datesOf(2027, FederalState::MV) == dates(2027, {{1, 1},
                                                          {3, 8},
                                                          {3, 26},
                                                          {3, 29},
                                                          {5, 1},
                                                          {5, 6},
                                                          {5, 17},
                                                          {10, 3},
                                                          {10, 31},
                                                          {12, 25},
                                                          {12, 26}}));
    // Lower Saxony: Reformation Day since 2018.
    CHECK(datesOf(2026, FederalState::NI) == dates(2026, {{1, 1},
                                                          {4, 3},
                                                          {4, 6},
                                                          {5, 1},
                                                          {5, 14},
                                                          {5, 25},
                                                          {10, 3},
                                                          {10, 31},
                                                          {12, 25},
                                                          {12, 26}}));
    CHECK(datesOf(2027, FederalState::NI) == dates(2027, {{1, 1},
                                                          {3, 26},
                                                          {3, 29},
                                                          {5, 1},
                                                          {5, 6},
                                                          {5, 17},
                                                          {10, 3},
                                                          {10, 31},
                                                          {12, 25},
                                                          {12, 26}}));
    // North Rhine-Westphalia: Corpus Christi and All Saints.
    CHECK(datesOf(2026, FederalState::NW) == dates(2026, {{1, 1},
                                                          {4, 3},
                                                          {4, 6},
                                                          {5, 1},
                                                          {5, 14},
                                                          {5, 25},
                                                          {6, 4},
                                                          {10, 3},
                                                          {11, 1},
                                                          {12, 25},
                                                          {12, 26}}));
    CHECK(datesOf(2027, FederalState::NW) == dates(2027, {{1, 1},
                                                          {3, 26},
                                                          {3, 29},
                                                          {5, 1},
                                                          {5, 6},
                                                          {5, 17},
                                                          {5, 27},
                                                          {10, 3},
                                                          {11, 1},
                                                          {12, 25},
                                                          {12, 26}}));
    // Saxony's Day of Repentance falls on the Wednesday before 23 November.
    CHECK(datesOf(2026, FederalState::SN).contains(QDate(2026, 11, 18)));
    CHECK(datesOf(2027, FederalState::SN).contains(QDate(2027, 11, 17)));
    CHECK(datesOf(2026, FederalState::BB).contains(QDate(2026, 4, 5)));
}

TEST_CASE("the series generator skips holidays and closure days") {
    SeriesPattern pattern;
    pattern.from = QDate(2026, 3, 1);
    pattern.to = QDate(2026, 6, 30);
    pattern.weekdays = {Qt::Tuesday, Qt::Thursday};
    pattern.state = FederalState::MV;
    pattern.closures = {QDate(2026, 3, 10)};
    const SeriesResult result = generateSeries(pattern, 7);
    // 35 Tuesdays and Thursdays; Ascension (14.5.) is a Thursday; one closure day.
    CHECK(result.sessions.size() == 35 - 2);
    REQUIRE(result.skipped.size() == 2);
    CHECK(result.skipped.at(0).date == QDate(2026, 3, 10));
    CHECK(result.skipped.at(1).reason == QStringLiteral("Christi Himmelfahrt"));
    CHECK(result.sessions.first().measureId == 7);

    SECTION("one week in every month") {
        pattern.kind = SeriesPattern::Kind::MonthlyWeek;
        pattern.weekdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
        pattern.closures.clear();
        const SeriesResult monthly = generateSeries(pattern, 7);
        // March 2–6, April 6–10 (Easter Monday), May 4–8, June 1–5: 20 days less one holiday.
        CHECK(monthly.sessions.size() == 19);
        CHECK(monthly.sessions.first().date == QDate(2026, 3, 2));
        CHECK(monthly.skipped.first().reason == QStringLiteral("Ostermontag"));
    }
}

TEST_CASE("sessions lie inside their measure") {
    TempDatabase db;
    Measure m;
    m.title = QStringLiteral("Kurz");
    m.startDate = QDate(2026, 1, 5);
    m.endDate = QDate(2026, 1, 9);
    REQUIRE(MeasureRepository(*db).save(m).ok());
    Session inside{{}, m.meta.id, QDate(2026, 1, 6), QTime(8, 0), QTime(12, 0), 5, 0, 0, {}, {}};
    Session outside = inside;
    outside.date = QDate(2026, 1, 12);
    QList<Session> both{inside, outside};
    const Status refused = SessionRepository(*db).saveAll(both);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldErrors().first().message.contains(QStringLiteral("12.01.2026")));
    CHECK(SessionRepository(*db).forMeasure(m.meta.id)->isEmpty());
}

TEST_CASE("attendance totals count only a person's own sessions and their credited topics") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto course =
        MeasureRepository(*db).find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    auto overview = attendanceOverview(*db, course->meta.id);
    REQUIRE(overview.ok());
    REQUIRE(overview->sessions.size() == 4);
    REQUIRE(overview->rows.size() == 5);
    QList<std::pair<int, int>> totals;
    for (const AttendanceRow& row : overview->rows)
        totals << std::pair{row.attendedUe, row.plannedUe};
    std::sort(totals.begin(), totals.end());
    // One missed the Thursday (6 UE); one has the first topic (2 UE) credited.
    CHECK(totals == QList<std::pair<int, int>>{{10, 16}, {14, 14}, {16, 16}, {16, 16}, {16, 16}});
    // The credited person is not on the Monday's list.
    int onMonday = 0;
    for (const AttendanceRow& row : overview->rows)
        onMonday += overview->sessions.first().concerns(row.enrollment) ? 1 : 0;
    CHECK(onMonday == 4);
    CHECK(overview->sessionAttendedUe(3) == 4 * 6 - 6 + 6 - 6 + 6); // 4 of 5 present
}

TEST_CASE("certificates say what each person really did") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    MeasureRepository measures(*db);
    auto course = measures.find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    // The course ends in an exam for this test; one person failed it, one was cancelled.
    course->endsWithExam = true;
    REQUIRE(measures.save(*course).ok());
    EnrollmentRepository enrollments(*db);
    auto all = enrollments.allOfMeasure(course->meta.id);
    REQUIRE(all->size() == 5);
    for (Enrollment e : *all) {
        e.examResult = ExamResult::Passed;
        REQUIRE(enrollments.save(e).ok());
    }
    auto overview = attendanceOverview(*db, course->meta.id);
    // Pick the people: the one who missed Thursday (partial), a full one to fail the exam,
    // a full one to drop out, a full one to cancel.
    qint64 partial = 0;
    QList<qint64> full;
    for (const AttendanceRow& row : overview->rows) {
        if (row.attendedUe == 10)
            partial = row.enrollment.participantId;
        else if (row.plannedUe == 16)
            full << row.enrollment.participantId;
    }
    REQUIRE(partial > 0);
    REQUIRE(full.size() == 3);
    auto setStatus = [&](qint64 participantId, auto change) {
        // Kept in a variable: the loop must not run over a temporary's insides.
        auto current = enrollments.allOfMeasure(course->meta.id);
        REQUIRE(current.ok());
        for (Enrollment e : *current) {
            if (e.participantId == participantId) {
                change(e);
                REQUIRE(enrollments.save(e).ok());
            }
        }
    };
    setStatus(full.at(0), [](Enrollment& e) { e.examResult = ExamResult::Failed; });
    setStatus(full.at(1), [](Enrollment& e) {
        e.status = EnrollmentStatus::DroppedOut;
        e.exitDate = QDate(2026, 10, 6);
    });
    setStatus(full.at(2), [](Enrollment& e) { e.status = EnrollmentStatus::Cancelled; });
    course = measures.get(course->meta.id);

    auto textOf = [&](qint64 participantId) {
        auto document = Certificates::build(*db, *course, participantId, QDate(2026, 11, 22));
        REQUIRE(document.ok());
        const QString pdf = db.path() + QStringLiteral(".%1.pdf").arg(participantId);
        REQUIRE(ReportRenderer::writePdf(*document, pdf).ok());
        return pdfText(pdf).simplified();
    };
    const QString credited = [&] {
        for (const AttendanceRow& row : overview->rows)
            if (row.plannedUe == 14)
                return textOf(row.enrollment.participantId);
        return QString();
    }();
    CHECK(credited.contains(QStringLiteral("took part successfully")));
    CHECK(credited.contains(QStringLiteral("The final exam was passed.")));
    CHECK(credited.contains(QStringLiteral("credited from prior learning")));
    CHECK(credited.contains(QStringLiteral("UE attended 14")));
    CHECK(credited.contains(QStringLiteral("Share attended 100 %")));

    const QString partialText = textOf(partial);
    CHECK(partialText.contains(QStringLiteral("attended the measure")));
    CHECK_FALSE(partialText.contains(QStringLiteral("successfully")));
    CHECK(partialText.contains(QStringLiteral("Share attended 62.5 %")));

    const QString failed = textOf(full.at(0));
    CHECK(failed.contains(QStringLiteral("attended the measure")));
    CHECK(failed.contains(QStringLiteral("The final exam was not passed.")));

    const QString dropped = textOf(full.at(1));
    CHECK(dropped.contains(QStringLiteral("until leaving it on 06.10.2026")));
    CHECK(dropped.contains(QStringLiteral("Planned UE 4")));

    SECTION("a cancelled enrollment gets no certificate") {
        CHECK_FALSE(Certificates::build(*db, *course, full.at(2)).ok());
        auto all = Certificates::build(*db, *course, 0, QDate(2026, 11, 22));
        REQUIRE(all.ok());
        const QString pdf = db.path() + QStringLiteral(".all.pdf");
        REQUIRE(ReportRenderer::writePdf(*all, pdf).ok());
        CHECK(pdfPageCount(pdf) == 4);
    }
    SECTION("a re-print shows the same serial number") {
        const QString first = textOf(partial);
        const QString serial =
            first.section(QStringLiteral("NO. "), 1).section(QLatin1Char(' '), 0, 0);
        CHECK(serial.startsWith(QStringLiteral("TB-2026-")));
        CHECK(textOf(partial).contains(QStringLiteral("NO. ") + serial));
    }
}

TEST_CASE("the demo measure of 28 people prints 28 certificate pages") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto plastics = MeasureRepository(*db).find(
        QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"));
    REQUIRE(plastics.ok());
    auto document = Certificates::build(*db, *plastics, 0, QDate(2026, 11, 22));
    REQUIRE(document.ok());
    const QString pdf = db.path() + QStringLiteral(".pdf");
    REQUIRE(ReportRenderer::writePdf(*document, pdf).ok());
    CHECK(pdfPageCount(pdf) == 28);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("took part successfully")) == 28);
    CHECK(text.contains(QStringLiteral("TB-2026-0028")));
}
