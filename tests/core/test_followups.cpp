// Follow-ups (Wiedervorlagen): by hand, from consultations, and made by the rules with a fixed
// clock; the command line's list and calendar.
#include "application/followupservice.h"
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "runverbund.h"
#include "storage/attendancerepository.h"
#include "storage/certificaterepository.h"
#include "storage/consultationrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/funderrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/staffrepository.h"
#include "tempdatabase.h"

#include <QFile>
#include <QRegularExpression>

using namespace Verbund;
using Verbund::Testing::Run;
using Verbund::Testing::TempDatabase;
using Verbund::Testing::verbund;

namespace {

qint64 organisation(Database& db, const QString& name, OrganisationKind kind) {
    Organisation o;
    o.name = name;
    o.kind = kind;
    REQUIRE(OrganisationRepository(db).save(o).ok());
    return o.meta.id;
}

// A measure from start to end with one person taking part.
Measure measureWithOne(Database& db, const QDate& start, const QDate& end) {
    Measure m;
    m.title = QStringLiteral("Fachkraft Lagerlogistik");
    m.startDate = start;
    m.endDate = end;
    m.status = MeasureStatus::Running;
    REQUIRE(MeasureRepository(db).save(m).ok());
    Participant p;
    p.firstName = QStringLiteral("Jörg");
    p.lastName = QStringLiteral("Schütz");
    REQUIRE(ParticipantRepository(db).save(p).ok());
    Enrollment e;
    e.measureId = m.meta.id;
    e.participantId = p.meta.id;
    e.status = EnrollmentStatus::Active;
    REQUIRE(EnrollmentRepository(db).save(e).ok());
    return m;
}

// The open follow-ups due by the day, as the due panel lists them.
QList<FollowUpRow> dueBy(Database& db, const QDate& until) {
    FollowUpFilter filter;
    filter.until = until;
    auto rows = FollowUpService(db).list(filter, 100);
    REQUIRE(rows.ok());
    return *rows;
}

QList<FollowUpRow> all(Database& db) {
    FollowUpFilter filter;
    filter.openOnly = false;
    auto rows = FollowUpService(db).list(filter, 100);
    REQUIRE(rows.ok());
    return *rows;
}

void apply(Database& db, const QDate& today, const QDate& until = {}) {
    REQUIRE(FollowUpService(db).applyRules(today, until).ok());
}

void only(Database& db, FollowUpRule rule) {
    for (const FollowUpRule other : switchableRules())
        REQUIRE(FollowUpService(db).setRule(other, other == rule).ok());
}

} // namespace

TEST_CASE("attendance not recorded is due two days after the session, goes once it is recorded, "
          "and one done stays done") {
    TempDatabase db;
    only(*db, FollowUpRule::Attendance);
    const Measure m = measureWithOne(*db, QDate(2027, 3, 1), QDate(2027, 3, 31));
    Session monday{{}, m.meta.id, QDate(2027, 3, 8), QTime(8, 0), QTime(12, 0), 5, 0, 0, {}, {}};
    Session tuesday = monday;
    tuesday.date = QDate(2027, 3, 9);
    REQUIRE(SessionRepository(*db).save(monday).ok());
    REQUIRE(SessionRepository(*db).save(tuesday).ok());

    // Nothing while the session has not been held.
    apply(*db, QDate(2027, 3, 8));
    CHECK(all(*db).isEmpty());
    // The day after: made, but not due before the second day.
    apply(*db, QDate(2027, 3, 9));
    REQUIRE(all(*db).size() == 1);
    CHECK(all(*db).first().followUp.dueOn == QDate(2027, 3, 10));
    CHECK(dueBy(*db, QDate(2027, 3, 9)).isEmpty());
    REQUIRE(dueBy(*db, QDate(2027, 3, 10)).size() == 1);
    const FollowUpRow row = dueBy(*db, QDate(2027, 3, 10)).first();
    CHECK(row.subjectName == m.title);
    CHECK(followUpTask(row.followUp) == QStringLiteral("Record the attendance of 08.03.2027"));

    // Applying again makes nothing twice.
    apply(*db, QDate(2027, 3, 11));
    CHECK(dueBy(*db, QDate(2027, 3, 11)).size() == 2);
    apply(*db, QDate(2027, 3, 11));
    CHECK(dueBy(*db, QDate(2027, 3, 11)).size() == 2);

    // Recorded: Monday's goes. Tuesday's is done by hand and stays done.
    auto enrollments = EnrollmentRepository(*db).forMeasure(m.meta.id);
    REQUIRE(enrollments.ok());
    REQUIRE(AttendanceRepository(*db)
                .set({enrollments->first().id, monday.meta.id, AttendanceState::Present, 0})
                .ok());
    FollowUp tuesdays = dueBy(*db, QDate(2027, 3, 11)).last().followUp;
    CHECK(tuesdays.ruleDate == tuesday.date);
    tuesdays.doneOn = QDate(2027, 3, 11);
    REQUIRE(FollowUpService(*db).save(tuesdays).ok());
    apply(*db, QDate(2027, 3, 12));
    CHECK(dueBy(*db, QDate(2027, 3, 12)).isEmpty());
    REQUIRE(all(*db).size() == 1);
    CHECK(all(*db).first().followUp.doneOn == QDate(2027, 3, 11));

    // Switched off, none is made.
    Session wednesday = monday;
    wednesday.meta = {};
    wednesday.date = QDate(2027, 3, 10);
    REQUIRE(SessionRepository(*db).save(wednesday).ok());
    only(*db, FollowUpRule::Certificates);
    apply(*db, QDate(2027, 3, 15));
    CHECK(dueBy(*db, QDate(2027, 3, 15)).isEmpty());
}

TEST_CASE("certificates not issued are due 14 days after the measure ended and go once issued") {
    TempDatabase db;
    only(*db, FollowUpRule::Certificates);
    const Measure m = measureWithOne(*db, QDate(2027, 1, 4), QDate(2027, 2, 26));
    apply(*db, QDate(2027, 2, 26)); // the last day itself
    CHECK(all(*db).isEmpty());
    apply(*db, QDate(2027, 3, 1));
    CHECK(dueBy(*db, QDate(2027, 3, 11)).isEmpty());
    REQUIRE(dueBy(*db, QDate(2027, 3, 12)).size() == 1);
    CHECK(dueBy(*db, QDate(2027, 3, 12)).first().followUp.subject == FollowUpSubject::Measure);

    auto enrollments = EnrollmentRepository(*db).forMeasure(m.meta.id);
    REQUIRE(enrollments.ok());
    REQUIRE(CertificateRepository(*db).serialFor(enrollments->first().id, QDate(2027, 3, 2)).ok());
    apply(*db, QDate(2027, 3, 2));
    CHECK(all(*db).isEmpty());
}

TEST_CASE("a hiring obligation is checked the months set on the measure after its end, made "
          "within the horizon") {
    TempDatabase db;
    only(*db, FollowUpRule::Hiring);
    Staff advisor;
    advisor.firstName = QStringLiteral("Anja");
    advisor.lastName = QStringLiteral("Becker");
    REQUIRE(StaffRepository(*db).save(advisor).ok());
    Organisation company;
    company.name = QStringLiteral("Nordplast GmbH");
    company.advisorId = advisor.meta.id;
    REQUIRE(OrganisationRepository(*db).save(company).ok());
    Measure m = measureWithOne(*db, QDate(2027, 1, 4), QDate(2027, 2, 26));
    m.obligation = {company.meta.id, std::nullopt, 5000, 6};
    REQUIRE(MeasureRepository(*db).save(m).ok());

    const QDate due(2027, 8, 26);
    apply(*db, due.addDays(-FollowUpService::HorizonDays - 1));
    CHECK(all(*db).isEmpty());
    apply(*db, due.addDays(-30));
    REQUIRE(all(*db).size() == 1);
    const FollowUpRow row = all(*db).first();
    CHECK(row.followUp.dueOn == due);
    CHECK(row.ownerName == QStringLiteral("Anja Becker"));
    CHECK(dueBy(*db, due.addDays(-1)).isEmpty());
    CHECK(dueBy(*db, due).size() == 1);

    // Only that advisor's, and theirs first.
    FollowUpFilter theirs;
    theirs.ownerId = advisor.meta.id;
    CHECK(FollowUpService(*db).count(theirs).value() == 1);
    theirs.ownerId = advisor.meta.id + 1;
    CHECK(FollowUpService(*db).count(theirs).value() == 0);
}

TEST_CASE("an exam registration is due by the deadline of the chamber's first sitting after the "
          "measure's end") {
    TempDatabase db;
    only(*db, FollowUpRule::ExamRegistration);
    const qint64 ihk =
        organisation(*db, QStringLiteral("IHK zu Schwerin"), OrganisationKind::Chamber);
    const qint64 hwk = organisation(*db, QStringLiteral("HWK Schwerin"), OrganisationKind::Chamber);
    FollowUpService service(*db);
    for (auto [chamber, title, by, on] :
         {std::tuple{ihk, "Sommerprüfung 2027", QDate(2027, 2, 1), QDate(2027, 5, 10)},
          std::tuple{ihk, "Winterprüfung 2027/28", QDate(2027, 9, 1), QDate(2027, 11, 20)},
          std::tuple{hwk, "Gesellenprüfung Sommer 2027", QDate(2027, 3, 15), QDate(2027, 6, 1)}}) {
        ExamDeadline deadline{{}, chamber, QString::fromUtf8(title), by, on};
        REQUIRE(service.save(deadline).ok());
    }
    Measure m = measureWithOne(*db, QDate(2026, 10, 1), QDate(2027, 6, 30));
    m.endsWithExam = true;
    m.locations = {{ihk, LocationRole::Other}};
    REQUIRE(MeasureRepository(*db).save(m).ok());

    apply(*db, QDate(2027, 7, 1), QDate(2027, 9, 30));
    REQUIRE(all(*db).size() == 1);
    const FollowUp f = all(*db).first().followUp;
    CHECK(f.dueOn == QDate(2027, 9, 1)); // the IHK's winter sitting, the first after the end
    CHECK(followUpTask(f) ==
          QStringLiteral("Register for the exam: Winterprüfung 2027/28, IHK zu Schwerin"));

    // Ending earlier, the summer sitting: the old one goes, the new one is due.
    m.endDate = QDate(2027, 4, 30);
    REQUIRE(MeasureRepository(*db).save(m).ok());
    apply(*db, QDate(2027, 1, 10));
    REQUIRE(all(*db).size() == 1);
    CHECK(all(*db).first().followUp.dueOn == QDate(2027, 2, 1));

    // A measure without a chamber among its places: the first sitting of any chamber.
    m.locations = {};
    m.endDate = QDate(2027, 5, 20);
    REQUIRE(MeasureRepository(*db).save(m).ok());
    apply(*db, QDate(2027, 1, 10), QDate(2027, 12, 31));
    REQUIRE(all(*db).size() == 1);
    CHECK(all(*db).first().followUp.dueOn == QDate(2027, 3, 15));
}

TEST_CASE("a funder's report date is a follow-up on the funder – moved, it moves – switched off, "
          "the open ones go") {
    TempDatabase db;
    only(*db, FollowUpRule::FundingReport);
    Funder esf;
    esf.name = QStringLiteral("ESF Plus");
    REQUIRE(FunderRepository(*db).save(esf).ok());
    FollowUpService service(*db);
    ReportDate report{{}, esf.meta.id, QStringLiteral("Zwischenbericht 2027"), QDate(2027, 6, 30)};
    REQUIRE(service.save(report).ok());

    apply(*db, QDate(2027, 6, 1));
    REQUIRE(dueBy(*db, QDate(2027, 6, 30)).size() == 1);
    const FollowUpRow row = dueBy(*db, QDate(2027, 6, 30)).first();
    CHECK(row.subjectName == QStringLiteral("ESF Plus"));
    CHECK(row.followUp.subject == FollowUpSubject::Funder);
    CHECK(followUpTask(row.followUp) ==
          QStringLiteral("Send the funding report: Zwischenbericht 2027"));

    // Snoozed, the rule leaves the day as the user set it.
    FollowUp snoozed = row.followUp;
    snoozed.dueOn = QDate(2027, 7, 3);
    REQUIRE(service.save(snoozed).ok());
    apply(*db, QDate(2027, 6, 2));
    REQUIRE(all(*db).size() == 1);
    CHECK(all(*db).first().followUp.dueOn == QDate(2027, 7, 3));

    report.dueOn = QDate(2027, 7, 15);
    REQUIRE(service.save(report).ok());
    apply(*db, QDate(2027, 6, 2));
    REQUIRE(all(*db).size() == 1);
    CHECK(all(*db).first().followUp.dueOn == QDate(2027, 7, 15));

    REQUIRE(service.setRule(FollowUpRule::FundingReport, false).ok());
    CHECK(all(*db).isEmpty());
    apply(*db, QDate(2027, 6, 2));
    CHECK(all(*db).isEmpty());
}

TEST_CASE("a consultation's follow-up date is a follow-up: moved it is open again, taken away it "
          "goes") {
    TempDatabase db;
    const qint64 company =
        organisation(*db, QStringLiteral("Tischlerei Krüger"), OrganisationKind::Company);
    Consultation c;
    c.organisationId = company;
    c.date = QDate(2026, 3, 11);
    c.summary = QStringLiteral("Erstmals Ausbildung zum Tischler");
    c.followUp = QDate(2026, 4, 15);
    ConsultationRepository consultations(*db);
    REQUIRE(consultations.save(c).ok());
    REQUIRE(all(*db).size() == 1);
    FollowUp f = all(*db).first().followUp;
    CHECK(f.dueOn == QDate(2026, 4, 15));
    CHECK(f.consultationId == c.meta.id);
    CHECK(followUpTask(f) == QStringLiteral("Follow up the consultation of 11.03.2026: Erstmals "
                                            "Ausbildung zum Tischler"));

    // Done; saving the consultation otherwise unchanged keeps it done.
    f.doneOn = QDate(2026, 4, 14);
    REQUIRE(FollowUpService(*db).save(f).ok());
    c.outcome = QStringLiteral("Ausbildereignung beantragt");
    REQUIRE(consultations.save(c).ok());
    CHECK(all(*db).first().followUp.isDone());
    // A new date: open again, on it.
    c.followUp = QDate(2026, 6, 1);
    REQUIRE(consultations.save(c).ok());
    CHECK_FALSE(all(*db).first().followUp.isDone());
    CHECK(all(*db).first().followUp.dueOn == QDate(2026, 6, 1));
    c.followUp = {};
    REQUIRE(consultations.save(c).ok());
    CHECK(all(*db).isEmpty());
}

TEST_CASE("a follow-up by hand needs a day and a text, and an organisation's list holds its "
          "contacts'") {
    TempDatabase db;
    const qint64 company =
        organisation(*db, QStringLiteral("Hansen Maschinenbau GmbH"), OrganisationKind::Company);
    FollowUp nothing;
    nothing.subjectId = company;
    const Status refused = FollowUpService(*db).save(nothing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldErrors().size() == 2);

    Contact anna;
    anna.organisationId = company;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Hansen");
    REQUIRE(Repository<Contact>(*db).save(anna).ok());
    FollowUp call;
    call.subject = FollowUpSubject::Contact;
    call.subjectId = anna.meta.id;
    call.dueOn = QDate(2026, 12, 1);
    call.text = QStringLiteral("Zurückrufen wegen Ausbildereignung");
    REQUIRE(FollowUpService(*db).save(call).ok());
    FollowUpFilter about;
    about.openOnly = false;
    about.subject = FollowUpSubject::Organisation;
    about.subjectId = company;
    auto rows = FollowUpService(*db).list(about, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().subjectName == QStringLiteral("Anna Hansen (Hansen Maschinenbau GmbH)"));
}

TEST_CASE("the command line lists the follow-ups due and writes them as a calendar", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);
    const Run due =
        verbund({QStringLiteral("followups"), QStringLiteral("-d"), path, QStringLiteral("--until"),
                 QStringLiteral("31.12.2099"), QStringLiteral("--lang"), QStringLiteral("de")});
    INFO(due.err.toStdString());
    REQUIRE(due.exitCode == 0);
    CHECK(due.out.contains(QStringLiteral("Wiedervorlagen fällig bis 31.12.2099:")));
    CHECK(
        due.out.contains(QStringLiteral("Tischlerei Krüger: Beratung vom 11.03.2026 nachfassen")));

    const Run beckers =
        verbund({QStringLiteral("followups"), QStringLiteral("-d"), path, QStringLiteral("--until"),
                 QStringLiteral("2099-12-31"), QStringLiteral("--owner"), QStringLiteral("becker"),
                 QStringLiteral("--lang"), QStringLiteral("de")});
    REQUIRE(beckers.exitCode == 0);
    CHECK(beckers.out.contains(QStringLiteral("Nordplast")));
    CHECK_FALSE(beckers.out.contains(QStringLiteral("Tischlerei Krüger")));

    CHECK(verbund({QStringLiteral("followups"), QStringLiteral("-d"), path,
                   QStringLiteral("--until"), QStringLiteral("31.13.2026")})
              .exitCode == 2);
    const Run nobody =
        verbund({QStringLiteral("followups"), QStringLiteral("-d"), path, QStringLiteral("--owner"),
                 QStringLiteral("Meier"), QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("„Meier“")));

    const QString ics = dir.filePath(QStringLiteral("wiedervorlagen.ics"));
    const Run calendar =
        verbund({QStringLiteral("export"), QStringLiteral("followups"), QStringLiteral("-d"), path,
                 QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), ics});
    REQUIRE(calendar.exitCode == 0);
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(bytes.endsWith("END:VCALENDAR\r\n"));
    CHECK(bytes.count("BEGIN:VEVENT") == bytes.count("END:VEVENT"));
    CHECK(bytes.count("BEGIN:VEVENT") >= 6);
    CHECK(bytes.contains("DTSTART;VALUE=DATE:20260415\r\n"));
    for (const QByteArray& line : bytes.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    // Unfolded, the German text is whole.
    const QString unfolded = QString::fromUtf8(bytes).remove(QStringLiteral("\r\n "));
    CHECK(unfolded.contains(QStringLiteral("Erstmals Ausbildung zum Tischler\\; Fragen")));
}
