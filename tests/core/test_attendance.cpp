#include "common/dates.h"
#include "demo/demonetwork.h"
#include "domain/holidays.h"
#include "reports/certificates.h"
#include "reports/reportrenderer.h"
#include "runverbund.h"
#include "services/attendance.h"
#include "services/sessionseries.h"
#include "storage/attendancerepository.h"
#include "storage/curriculumrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/measurerepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/sql.h"
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

// Issues the certificates into a PDF at path, as the command line and the window do.
Status issueToPdf(Database& db, const Measure& measure, qint64 participantId, const QDate& date,
                  const QString& path) {
    return Certificates::issue(
        db, measure, participantId,
        [&path](const ReportDocument& document) {
            return ReportRenderer::writePdf(document, path);
        },
        date);
}

int storedSerials(Database& db) {
    auto count = db.readValue(QStringLiteral("SELECT count(*) FROM certificate"));
    REQUIRE(count.ok());
    return count->toInt();
}

} // namespace

TEST_CASE("public holidays of 2026 and 2027 match the official lists", "[nodb]") {
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

TEST_CASE("the series generator skips holidays and closure days", "[nodb]") {
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
        const QString pdf = db.filePath(QStringLiteral("test.%1.pdf")).arg(participantId);
        REQUIRE(issueToPdf(*db, *course, participantId, QDate(2026, 11, 22), pdf).ok());
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
        CHECK_FALSE(Certificates::preview(*db, *course, full.at(2)).ok());
        const QString pdf = db.filePath(QStringLiteral("test.all.pdf"));
        REQUIRE(issueToPdf(*db, *course, 0, QDate(2026, 11, 22), pdf).ok());
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
    const QString pdf = db.filePath(QStringLiteral("test.pdf"));
    REQUIRE(issueToPdf(*db, *plastics, 0, QDate(2026, 11, 22), pdf).ok());
    CHECK(pdfPageCount(pdf) == 28);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("took part successfully")) == 28);
    CHECK(text.contains(QStringLiteral("TB-2026-0028")));
    // Each certificate is a document of its own.
    CHECK(text.count(QStringLiteral("Page 1 of 1")) == 28);
    CHECK_FALSE(text.contains(QStringLiteral("of 28")));
}

TEST_CASE("a certificate preview gives no serial number and a failed output keeps none") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto course =
        MeasureRepository(*db).find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    auto preview = Certificates::preview(*db, *course, 0, QDate(2026, 11, 22));
    REQUIRE(preview.ok());
    CHECK(storedSerials(*db) == 0);
    const QString pdf = db.filePath(QStringLiteral("test.preview.pdf"));
    REQUIRE(ReportRenderer::writePdf(*preview, pdf).ok());
    CHECK(pdfText(pdf).simplified().toLower().contains(
        QStringLiteral("no. given when issued (preview)")));

    const Status failed = Certificates::issue(*db, *course, 0, [](const ReportDocument&) -> Status {
        return Error(ErrorCode::Io, QStringLiteral("the disk is full"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(storedSerials(*db) == 0);
    REQUIRE(issueToPdf(*db, *course, 0, QDate(2026, 11, 22), pdf).ok());
    CHECK(storedSerials(*db) == 5);
}

TEST_CASE("a certificate serial is never given twice, also after a certificate was deleted") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto course =
        MeasureRepository(*db).find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    const QString pdf = db.filePath(QStringLiteral("test.pdf"));
    REQUIRE(issueToPdf(*db, *course, 0, QDate(2026, 11, 22), pdf).ok());
    REQUIRE(storedSerials(*db) == 5);
    // The enrollment of the first serial goes, and its certificate with it.
    auto first = runSql(db->connection(),
                        QStringLiteral("SELECT enrollment_id FROM certificate ORDER BY serial "
                                       "LIMIT 1"));
    REQUIRE(first.ok());
    REQUIRE(first->next());
    const qint64 enrollmentId = first->value(0).toLongLong();
    EnrollmentRepository enrollments(*db);
    auto enrollment = enrollments.get(enrollmentId);
    REQUIRE(enrollment.ok());
    REQUIRE(enrollments.remove(*enrollment).ok());
    CHECK(storedSerials(*db) == 4);
    // A new person's certificate takes the next number, not one already given.
    Participant person;
    person.lastName = QStringLiteral("Nachzüglerin");
    REQUIRE(ParticipantRepository(*db).save(person).ok());
    Enrollment late;
    late.measureId = course->meta.id;
    late.participantId = person.meta.id;
    late.status = EnrollmentStatus::Completed;
    REQUIRE(enrollments.save(late).ok());
    REQUIRE(issueToPdf(*db, *course, 0, QDate(2026, 11, 22), pdf).ok());
    auto serials = runSql(db->connection(),
                          QStringLiteral("SELECT serial FROM certificate WHERE enrollment_id = ?"),
                          {late.meta.id});
    REQUIRE(serials.ok());
    REQUIRE(serials->next());
    CHECK(serials->value(0).toString() == QStringLiteral("TB-2026-0006"));
}

TEST_CASE("certificates of a measure that has not ended are provisional and dated after the "
          "last session counted") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto course = MeasureRepository(*db).find(QStringLiteral("Kaufmann/-frau für Dialogmarketing"));
    REQUIRE(course.ok());
    REQUIRE(course->endDate == QDate(2027, 7, 30));
    // The last session with somebody present, before the day the certificates are asked for.
    auto overview = attendanceOverview(*db, course->meta.id);
    REQUIRE(overview.ok());
    QDate lastCounted;
    for (const Session& session : overview->sessions) {
        for (const AttendanceRow& row : overview->rows) {
            const AttendanceMark* mark = overview->mark(row.enrollment.meta.id, session.meta.id);
            if (mark && mark->state == AttendanceState::Present)
                lastCounted = qMax(lastCounted, session.date);
        }
    }
    REQUIRE(lastCounted.isValid());
    const QDate asked = lastCounted.addDays(-10);
    // Everybody still taking part; who completed or dropped out has a final certificate.
    int stillTakingPart = 0;
    for (const AttendanceRow& row : overview->rows)
        stillTakingPart += row.enrollment.status == EnrollmentStatus::Active ? 1 : 0;
    REQUIRE(stillTakingPart > 0);

    auto provisional = Certificates::provisionalCount(*db, *course, 0, asked);
    REQUIRE(provisional.ok());
    CHECK(*provisional == stillTakingPart);
    CHECK(*Certificates::provisionalCount(*db, *course, 0, QDate(2027, 8, 2)) == 0);
    auto document = Certificates::preview(*db, *course, 0, asked);
    REQUIRE(document.ok());
    const QString pdf = db.filePath(QStringLiteral("test.pdf"));
    REQUIRE(ReportRenderer::writePdf(*document, pdf).ok());
    const QString text = pdfText(pdf).simplified();
    CHECK(text.toLower().count(QStringLiteral("provisional certificate of participation")) ==
          stillTakingPart);
    CHECK(text.contains(QStringLiteral("Place, %1").arg(formatDate(lastCounted))));
    CHECK_FALSE(text.contains(formatDate(asked)));
}
