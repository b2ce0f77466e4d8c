#include "demomeasures.h"

#include "services/sessionseries.h"
#include "storage/attendancerepository.h"
#include "storage/curriculumrepository.h"
#include "storage/database.h"
#include "storage/enrollmentrepository.h"
#include "storage/funderrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/sessionrepository.h"

namespace Verbund {

namespace {

QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Invented people: first and last names combined in a fixed order, so the demo is the same
// every time.
const char* const firstNames[] = {
    "Anna",   "Ben",       "Carla",  "Dennis", "Elena",     "Felix",  "Gesa",   "Hannes",
    "Ines",   "Jonas",     "Katrin", "Lukas",  "Maria",     "Nico",   "Olga",   "Paul",
    "Rieke",  "Sven",      "Tanja",  "Uwe",    "Vanessa",   "Willi",  "Yvonne", "Ahmet",
    "Bianca", "Christian", "Doreen", "Erik",   "Franziska", "Gregor", "Heike",  "Igor",
    "Jana",   "Kevin",     "Lena",   "Marco",  "Nadine",    "Oliver", "Petra",  "Rainer",
    "Sabine", "Thomas",    "Ulrike", "Viktor", "Wiebke",    "Zoran",  "Mandy",  "Ronny"};
const char* const lastNames[] = {
    "Albrecht", "Brandt",  "Claußen",  "Dietrich", "Engel",   "Fischer",   "Gerdes",  "Hoffmann",
    "Iwanow",   "Jürgens", "Köhler",   "Lorenz",   "Möller",  "Nowak",     "Ohlsen",  "Peters",
    "Quandt",   "Ruge",    "Schröder", "Thiel",    "Ulrich",  "Voss",      "Wendt",   "Yilmaz",
    "Zimmer",   "Bauer",   "Conrad",   "Drews",    "Ebert",   "Friedrich", "Grabow",  "Hinz",
    "Jahnke",   "Kruse",   "Lange",    "Mahnke",   "Neumann", "Otto",      "Pagel",   "Rehberg",
    "Sass",     "Tews",    "Utech",    "Vollmer",  "Wulff",   "Zander",    "Behrens", "Ramdohr"};
constexpr int nameCount = int(std::size(firstNames));
static_assert(std::size(firstNames) == std::size(lastNames));

class DemoBuilder {
public:
    explicit DemoBuilder(Database& database)
        : m_database(database) {}

    Result<qint64> organisation(const char* name) {
        auto found = OrganisationRepository(m_database).named(s(name));
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error(ErrorCode::NotFound, s(name));
        return found->first().meta.id;
    }

    Result<qint64> namedFunder(const char* name) {
        Funder funder;
        funder.name = s(name);
        if (Status saved = FunderRepository(m_database).save(funder); !saved)
            return saved.error();
        return funder.meta.id;
    }

    // The next invented person.
    Result<qint64> participant(EmploymentStatus employment, qint64 employerId, qint64 referredBy,
                               int birthYear) {
        const int i = m_people++;
        Participant p;
        p.firstName = s(firstNames[i % nameCount]);
        p.lastName = s(lastNames[(i * 7) % nameCount]);
        p.gender = i % 2 ? Gender::Male : Gender::Female;
        if (i % 9 == 4)
            p.gender = Gender::NotStated;
        p.birthDate = QDate(birthYear, 1 + i % 12, 1 + (i * 5) % 28);
        p.employment = employment;
        p.employerId = employerId;
        p.referredById = referredBy;
        p.city = i % 3 ? s("Schwerin") : s("Wittenburg");
        p.postcode = i % 3 ? QStringLiteral("19053") : QStringLiteral("19243");
        p.consentDate = QDate(2024, 2, 1).addDays(i);
        p.priorQualification = employment == EmploymentStatus::Unemployed
                                   ? s("ohne Berufsabschluss, Erfahrung in der Produktion")
                                   : s("angelernt im Betrieb");
        // The funders' statistics: mostly without a vocational qualification among those
        // referred, some with one or more among the employees; one in eleven not stated; the
        // unemployed of them since one to thirty months before the autumn of 2024.
        if (i % 11 != 10) {
            if (employment == EmploymentStatus::Unemployed)
                p.education = i % 4 == 3 ? EducationLevel::Isced3to4 : EducationLevel::Isced0to2;
            else
                p.education = i % 7 == 6   ? EducationLevel::Isced5to8
                              : i % 5 == 0 ? EducationLevel::Isced0to2
                                           : EducationLevel::Isced3to4;
        }
        if (employment == EmploymentStatus::Unemployed)
            p.unemployedSince = QDate(2024, 8, 1).addMonths(-(1 + (i * 7) % 30));
        if (Status saved = ParticipantRepository(m_database).save(p); !saved)
            return saved.error();
        return p.meta.id;
    }

    Status enroll(qint64 measureId, qint64 participantId, EnrollmentPath path,
                  EnrollmentStatus status, ExamResult exam, qint64 hiredBy, const QDate& hiredOn,
                  const QList<qint64>& credited = {}) {
        Enrollment e;
        e.measureId = measureId;
        e.participantId = participantId;
        e.path = path;
        e.status = status;
        e.examResult = exam;
        e.hiredById = hiredBy;
        e.hiredOn = hiredOn;
        e.creditedTopicIds = credited;
        // Where those who left stand: hired, else in training or still seeking work.
        if (status == EnrollmentStatus::Completed || status == EnrollmentStatus::DroppedOut)
            e.exitStatus = hiredBy > 0              ? ExitStatus::Employed
                           : participantId % 3 == 0 ? ExitStatus::Education
                                                    : ExitStatus::JobSeeking;
        return EnrollmentRepository(m_database).save(e);
    }

private:
    Database& m_database;
    int m_people = 0;
};

// Sessions from a pattern, saved; the first `limit` of them when limit > 0.
Result<QList<Session>> demoSessions(Database& database, const Measure& measure,
                                    SeriesPattern pattern, int limit = 0) {
    pattern.from = measure.startDate;
    pattern.to = measure.endDate;
    QList<Session> sessions = generateSeries(pattern, measure.meta.id).sessions;
    if (limit > 0 && sessions.size() > limit)
        sessions = sessions.mid(0, limit);
    if (Status saved = SessionRepository(database).saveAll(sessions); !saved)
        return saved.error();
    return sessions;
}

// Everybody present in the sessions up to the day, then the exceptions.
Status recordPresent(Database& database, const QList<Session>& sessions, qint64 measureId,
                     const QDate& until) {
    auto enrollments = EnrollmentRepository(database).allOfMeasure(measureId);
    if (!enrollments)
        return enrollments.error();
    AttendanceRepository attendance(database);
    for (const Session& session : sessions) {
        if (session.date > until)
            break;
        if (auto filled = attendance.fillPresent(session, *enrollments); !filled)
            return filled.error();
    }
    return {};
}

Result<QList<Enrollment>> enrollmentsOf(Database& database, const char* title) {
    auto measure = MeasureRepository(database).find(s(title));
    if (!measure)
        return measure.error();
    return EnrollmentRepository(database).allOfMeasure(measure->meta.id);
}

// Sessions and attendance for the seed's measures, recorded up to 20 November 2026, with a
// few absences, one drop-out and one person under the minimum, so that the certificates
// show each case.
Status createDemoAttendance(Database& database) {
    MeasureRepository measures(database);
    AttendanceRepository attendance(database);
    const QDate recordedUntil = d("2026-11-20");

    // Plastics: three days a week of 8 UE, 200 days for the 1600 planned UE.
    auto plastics = measures.find(s("Maschinen- und Anlagenführer/in Kunststofftechnik"));
    if (!plastics)
        return plastics.error();
    SeriesPattern weekly;
    weekly.weekdays = {Qt::Monday, Qt::Tuesday, Qt::Thursday};
    weekly.start = QTime(7, 30);
    weekly.end = QTime(14, 0);
    weekly.ue = 8;
    auto plasticsSessions = demoSessions(database, *plastics, weekly, 200);
    if (!plasticsSessions)
        return plasticsSessions.error();
    if (Status recorded =
            recordPresent(database, *plasticsSessions, plastics->meta.id, recordedUntil);
        !recorded)
        return recorded;
    auto plasticsPeople =
        enrollmentsOf(database, "Maschinen- und Anlagenführer/in Kunststofftechnik");
    if (!plasticsPeople)
        return plasticsPeople.error();
    // A few days off, well above the minimum.
    for (int day : {12, 47, 103}) {
        const AttendanceMark excused{plasticsPeople->at(3).meta.id,
                                     plasticsSessions->at(day).meta.id, AttendanceState::Excused,
                                     0};
        if (Status set = attendance.set(excused); !set)
            return set;
    }

    // Mechatronics: the first week of every month at the provider.
    auto mechatronics = measures.find(s("Mechatroniker/in – Externenprüfung"));
    if (!mechatronics)
        return mechatronics.error();
    SeriesPattern monthly;
    monthly.kind = SeriesPattern::Kind::MonthlyWeek;
    monthly.weekdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday};
    monthly.start = QTime(8, 0);
    monthly.end = QTime(14, 30);
    monthly.ue = 8;
    auto mechatronicsSessions = demoSessions(database, *mechatronics, monthly);
    if (!mechatronicsSessions)
        return mechatronicsSessions.error();
    if (Status recorded =
            recordPresent(database, *mechatronicsSessions, mechatronics->meta.id, recordedUntil);
        !recorded)
        return recorded;

    // Dialogue marketing: Tuesday and Thursday, four hours; one person left at the end of
    // June, another missed much of the autumn.
    auto dialogue = measures.find(s("Kaufmann/-frau für Dialogmarketing"));
    if (!dialogue)
        return dialogue.error();
    auto dialoguePeople = enrollmentsOf(database, "Kaufmann/-frau für Dialogmarketing");
    if (!dialoguePeople)
        return dialoguePeople.error();
    Enrollment leaver = dialoguePeople->at(4);
    leaver.status = EnrollmentStatus::DroppedOut;
    leaver.exitDate = d("2026-06-30");
    leaver.notes = s("Hat eine Stelle in einem anderen Unternehmen angenommen.");
    if (Status saved = EnrollmentRepository(database).save(leaver); !saved)
        return saved;
    SeriesPattern twiceWeekly;
    twiceWeekly.weekdays = {Qt::Tuesday, Qt::Thursday};
    twiceWeekly.start = QTime(8, 0);
    twiceWeekly.end = QTime(12, 0);
    twiceWeekly.ue = 5;
    twiceWeekly.closures = {d("2026-12-29"), d("2026-12-31")};
    auto dialogueSessions = demoSessions(database, *dialogue, twiceWeekly);
    if (!dialogueSessions)
        return dialogueSessions.error();
    if (Status recorded =
            recordPresent(database, *dialogueSessions, dialogue->meta.id, recordedUntil);
        !recorded)
        return recorded;
    const qint64 often = dialoguePeople->at(7).meta.id;
    for (const Session& session : std::as_const(*dialogueSessions)) {
        if (session.date < d("2026-09-01") || session.date > recordedUntil)
            continue;
        const AttendanceMark absent{
            often, session.meta.id,
            session.date.day() % 3 ? AttendanceState::Absent : AttendanceState::Partial, 2};
        if (Status set = attendance.set(absent); !set)
            return set;
    }

    // The trainers' week: a topic a day; one trainer missed the Thursday.
    auto course = measures.find(s("Tag der ausbildenden Fachkraft 2026"));
    if (!course)
        return course.error();
    auto curriculum = CurriculumRepository(database).get(course->curriculumId);
    if (!curriculum)
        return curriculum.error();
    QList<Session> week;
    const QTime starts[] = {QTime(8, 0), QTime(8, 0), QTime(8, 0), QTime(8, 0)};
    for (int i = 0; i < curriculum->topics.size(); ++i) {
        Session session;
        session.measureId = course->meta.id;
        session.date = course->startDate.addDays(i);
        session.start = starts[i];
        session.end = starts[i].addSecs(curriculum->topics.at(i).ue * 45 * 60);
        session.ue = curriculum->topics.at(i).ue;
        session.topicId = curriculum->topics.at(i).id;
        session.trainer = s("Karin Vogt");
        week << session;
    }
    if (Status saved = SessionRepository(database).saveAll(week); !saved)
        return saved;
    if (Status recorded = recordPresent(database, week, course->meta.id, recordedUntil); !recorded)
        return recorded;
    auto trainers = enrollmentsOf(database, "Tag der ausbildenden Fachkraft 2026");
    if (!trainers)
        return trainers.error();
    return attendance.set(
        {trainers->at(2).meta.id, week.at(3).meta.id, AttendanceState::Absent, 0});
}

} // namespace

Status createDemoMeasures(Database& database) {
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    DemoBuilder demo(database);

    auto nordplast = demo.organisation("Nordplast Kunststofftechnik GmbH");
    auto hansen = demo.organisation("Hansen Maschinenbau GmbH");
    auto dialogplus = demo.organisation("DialogPlus Kundenservice GmbH");
    auto bildungswerk = demo.organisation("Bildungswerk Westmecklenburg gGmbH");
    auto akademie = demo.organisation("TechnikAkademie Nord GmbH");
    auto agentur = demo.organisation("Agentur für Arbeit Schwerin");
    auto jobcenter = demo.organisation("Jobcenter Westmecklenburg");
    for (const auto* found :
         {&nordplast, &hansen, &dialogplus, &bildungswerk, &akademie, &agentur, &jobcenter}) {
        if (!*found)
            return found->error();
    }

    // Funders and programmes.
    FunderRepository funders(database);
    auto agenturFunder = funders.forOrganisation(*agentur);
    auto nordplastFunder = funders.forOrganisation(*nordplast);
    auto hansenFunder = funders.forOrganisation(*hansen);
    auto dialogplusFunder = funders.forOrganisation(*dialogplus);
    auto jobcenterFunder = funders.forOrganisation(*jobcenter);
    auto esf = demo.namedFunder("ESF Plus");
    auto land = demo.namedFunder("Land Mecklenburg-Vorpommern");
    for (const auto* found : {&agenturFunder, &nordplastFunder, &hansenFunder, &dialogplusFunder,
                              &jobcenterFunder, &esf, &land}) {
        if (!*found)
            return found->error();
    }
    ProgrammeRepository programmes(database);
    Programme qcg{{},
                  s("Qualifizierungschancengesetz (QCG)"),
                  s("§ 82 SGB III: Lehrgangskosten für Beschäftigte nach Betriebsgröße "
                    "(Stand 2025, Sekundärquellen) – bei Gesetzesänderung hier anpassen."),
                  *agenturFunder,
                  {{0, 10000}, {50, 5000}, {500, 2500}}};
    Programme wegebau{{},
                      s("WeGebAU"),
                      s("Weiterbildung Geringqualifizierter und beschäftigter älterer "
                        "Arbeitnehmer in Unternehmen (Agentur für Arbeit)."),
                      *agenturFunder,
                      {{0, 10000}}};
    Programme gutschein{{},
                        s("Bildungsgutschein"),
                        s("§ 81 SGB III: Weiterbildung arbeitslos gemeldeter Menschen."),
                        *agenturFunder,
                        {{0, 10000}}};
    Programme esfPlus{
        {}, s("ESF Plus"), s("Europäischer Sozialfonds Plus, Landesprogramm."), *esf, {}};
    for (Programme* programme : {&qcg, &wegebau, &gutschein, &esfPlus}) {
        if (Status saved = programmes.save(*programme); !saved)
            return saved;
    }

    MeasureRepository measures(database);
    // A measure belongs to the site of its lead provider.
    const auto siteOf = [&database](qint64 organisationId) -> qint64 {
        auto provider = OrganisationRepository(database).get(organisationId);
        return provider ? provider->siteId : 0;
    };

    // The plastics retraining: 10 employees and 18 unemployed, 70 % agency, 30 % company;
    // the company hires at least half of the 18; all passed, all hired.
    Measure plastics;
    plastics.title = s("Maschinen- und Anlagenführer/in Kunststofftechnik");
    plastics.kind = MeasureKind::Retraining;
    plastics.qualificationGoal = s("Maschinen- und Anlagenführer/in (IHK)");
    plastics.providerId = *bildungswerk;
    plastics.siteId = siteOf(plastics.providerId);
    plastics.locations = {{*nordplast, LocationRole::Company}, {*akademie, LocationRole::Provider}};
    plastics.startDate = d("2024-09-02");
    plastics.endDate = d("2026-02-27");
    plastics.schedule = s("Betriebliche Umschulung in individuellen Bildungswegen; "
                          "Zusatzqualifikationen bei der TechnikAkademie Nord.");
    plastics.plannedUe = 1600;
    plastics.capacity = 28;
    plastics.endsWithExam = true;
    plastics.status = MeasureStatus::Completed;
    plastics.obligation = {*nordplast, std::nullopt, 5000, 6};
    plastics.totalCost = 42000000; // 420.000,00 €
    plastics.shares = {{*agenturFunder, gutschein.meta.id, ShareKind::Percent, 7000, 0},
                       {*nordplastFunder, 0, ShareKind::Percent, 3000, 0}};
    if (Status saved = measures.save(plastics); !saved)
        return saved;
    const QDate plasticsHired = d("2026-03-02");
    for (int i = 0; i < 10; ++i) {
        auto person = demo.participant(EmploymentStatus::Employed, *nordplast, 0, 1975 + i * 2);
        if (!person)
            return person.error();
        if (Status enrolled = demo.enroll(plastics.meta.id, *person, EnrollmentPath::Employee,
                                          EnrollmentStatus::Completed, ExamResult::Passed,
                                          *nordplast, plasticsHired);
            !enrolled)
            return enrolled;
    }
    for (int i = 0; i < 18; ++i) {
        auto person = demo.participant(EmploymentStatus::Unemployed, 0,
                                       i % 3 == 2 ? *jobcenter : *agentur, 1970 + i);
        if (!person)
            return person.error();
        if (Status enrolled = demo.enroll(plastics.meta.id, *person, EnrollmentPath::Referred,
                                          EnrollmentStatus::Completed, ExamResult::Passed,
                                          *nordplast, plasticsHired);
            !enrolled)
            return enrolled;
    }

    // Mechatronics: three long-serving metal workers of Hansen towards the external exam.
    Measure mechatronics;
    mechatronics.title = s("Mechatroniker/in – Externenprüfung");
    mechatronics.kind = MeasureKind::ExternalExamPreparation;
    mechatronics.qualificationGoal = s("Mechatroniker/in (IHK), anerkannte Elektrofachkraft");
    mechatronics.providerId = *akademie;
    mechatronics.siteId = siteOf(mechatronics.providerId);
    mechatronics.locations = {{*hansen, LocationRole::Company}};
    mechatronics.startDate = d("2025-09-01");
    mechatronics.endDate = d("2027-02-26");
    mechatronics.schedule = s("18 Monate berufsbegleitend, monatlich eine Woche beim "
                              "Bildungsdienstleister; einzeln, je nach Arbeitsorganisation.");
    mechatronics.plannedUe = 720;
    mechatronics.capacity = 3;
    mechatronics.endsWithExam = true;
    mechatronics.status = MeasureStatus::Running;
    mechatronics.totalCost = 3240000; // 32.400,00 €
    mechatronics.shares = {{*agenturFunder, wegebau.meta.id, ShareKind::Percent, 10000, 0}};
    if (Status saved = measures.save(mechatronics); !saved)
        return saved;
    for (int i = 0; i < 3; ++i) {
        auto person = demo.participant(EmploymentStatus::Employed, *hansen, 0, 1978 + i * 3);
        if (!person)
            return person.error();
        if (Status enrolled = demo.enroll(mechatronics.meta.id, *person, EnrollmentPath::Employee,
                                          EnrollmentStatus::Active, ExamResult::None, 0, {});
            !enrolled)
            return enrolled;
    }

    // Dialogue marketing: twelve side entrants of the call centre, two days of four hours a
    // week, about 480 hours; costed per UE, shared by the QCG rate for the company's size.
    Measure dialogue;
    dialogue.title = s("Kaufmann/-frau für Dialogmarketing");
    dialogue.kind = MeasureKind::PartialQualification;
    dialogue.qualificationGoal = s("Kaufmann/-frau für Dialogmarketing (IHK)");
    dialogue.providerId = *bildungswerk;
    dialogue.siteId = siteOf(*dialogplus); // taught at the company in Wismar
    dialogue.locations = {{*dialogplus, LocationRole::Company}};
    dialogue.startDate = d("2026-02-02");
    dialogue.endDate = d("2027-07-30");
    dialogue.schedule =
        s("18 Monate berufsbegleitend, an zwei Wochentagen je vier Stunden beim "
          "Bildungsdienstleister (ca. 480 Std.); begleitende Kurse im Unternehmen.");
    dialogue.plannedUe = 640; // 480 hours of 60 minutes in UE of 45 minutes
    dialogue.capacity = 12;
    dialogue.endsWithExam = true;
    dialogue.status = MeasureStatus::Running;
    dialogue.costMode = CostMode::PerUe;
    dialogue.costPerUe = 850; // 8,50 € per UE and participant
    dialogue.shares = suggestedShares(qcg, 320, *dialogplusFunder).value_or(QList<FundingShare>{});
    if (Status saved = measures.save(dialogue); !saved)
        return saved;
    for (int i = 0; i < 12; ++i) {
        auto person = demo.participant(EmploymentStatus::Employed, *dialogplus, 0, 1985 + i);
        if (!person)
            return person.error();
        if (Status enrolled = demo.enroll(dialogue.meta.id, *person, EnrollmentPath::Employee,
                                          EnrollmentStatus::Active, ExamResult::None, 0, {});
            !enrolled)
            return enrolled;
    }

    // A course on the trainers' curriculum; one trainer has the first topic credited.
    auto trainers =
        CurriculumRepository(database).find(s("Qualifizierung der ausbildenden Fachkräfte"));
    if (!trainers)
        return trainers.error();
    Measure course;
    course.title = s("Tag der ausbildenden Fachkraft 2026");
    course.kind = MeasureKind::TrainTheTrainer;
    course.qualificationGoal = s("Lernbegleitung in der betrieblichen Nachqualifizierung");
    course.curriculumId = trainers->meta.id;
    course.providerId = *bildungswerk;
    course.siteId = siteOf(course.providerId);
    course.startDate = d("2026-10-05");
    course.endDate = d("2026-10-09");
    course.schedule = s("Eine Woche, täglich von 8:00 bis 11:15 Uhr");
    course.capacity = 12;
    course.status = MeasureStatus::Completed;
    course.endsWithExam = true;
    course.totalCost = 480000; // 4.800,00 €
    course.shares = {{*esf, esfPlus.meta.id, ShareKind::Percent, 5000, 0},
                     {*land, 0, ShareKind::Amount, 0, 120000},
                     {*nordplastFunder, 0, ShareKind::Amount, 0, 120000}};
    if (Status saved = measures.save(course); !saved)
        return saved;
    const qint64 trainerCompanies[] = {*nordplast, *hansen, *dialogplus, *nordplast, *hansen};
    for (int i = 0; i < 5; ++i) {
        auto person =
            demo.participant(EmploymentStatus::Employed, trainerCompanies[i], 0, 1968 + i * 4);
        if (!person)
            return person.error();
        const QList<qint64> credited =
            i == 0 ? QList<qint64>{trainers->topics.first().id} : QList<qint64>{};
        if (Status enrolled =
                // The week ends in a short test; one trainer did not pass it.
            demo.enroll(course.meta.id, *person, EnrollmentPath::Employee,
                        EnrollmentStatus::Completed,
                        i == 3 ? ExamResult::Failed : ExamResult::Passed, 0, {}, credited);
            !enrolled)
            return enrolled;
    }
    if (Status recorded = createDemoAttendance(database); !recorded)
        return recorded;

    // A workshop of these days, whatever the day the demo is made: a session a week ago with
    // its attendance, one three days ago without, one today; it ends in two weeks. The
    // overview then has something in each of today's tiles.
    const QDate made = QDate::currentDate();
    Measure workshop;
    workshop.title = s("Digitale Berichtshefte – Workshop für Ausbilder:innen");
    workshop.kind = MeasureKind::TrainTheTrainer;
    workshop.qualificationGoal = s("Ausbildungsnachweise digital führen und prüfen");
    workshop.providerId = *bildungswerk;
    workshop.siteId = siteOf(workshop.providerId);
    workshop.startDate = made.addDays(-7);
    workshop.endDate = made.addDays(14);
    workshop.schedule = s("Wöchentlich nachmittags, vier Termine");
    workshop.plannedUe = 16;
    workshop.capacity = 12;
    workshop.status = MeasureStatus::Running;
    workshop.totalCost = 96000; // 960,00 €
    workshop.shares = {{*land, 0, ShareKind::Amount, 0, 96000}};
    if (Status saved = measures.save(workshop); !saved)
        return saved;
    auto earlier = enrollmentsOf(database, "Tag der ausbildenden Fachkraft 2026");
    if (!earlier)
        return earlier.error();
    for (int i = 0; i < 3; ++i) {
        if (Status enrolled = demo.enroll(workshop.meta.id, earlier->at(i).participantId,
                                          EnrollmentPath::Employee, EnrollmentStatus::Active,
                                          ExamResult::None, 0, {});
            !enrolled)
            return enrolled;
    }
    QList<Session> workshopSessions;
    for (const int day : {-7, -3, 0, 14}) {
        Session session;
        session.measureId = workshop.meta.id;
        session.date = made.addDays(day);
        session.start = QTime(13, 0);
        session.end = QTime(16, 0);
        session.ue = 4;
        session.trainer = s("Karin Vogt");
        workshopSessions << session;
    }
    if (Status saved = SessionRepository(database).saveAll(workshopSessions); !saved)
        return saved;
    if (Status recorded =
            recordPresent(database, workshopSessions, workshop.meta.id, made.addDays(-5));
        !recorded)
        return recorded;
    return transaction.commit();
}

} // namespace Verbund
