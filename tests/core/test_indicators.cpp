// The participant indicators funders ask for, counted for 20 people made by hand whose figures
// are worked out here; the scope of a period and a programme; the command line.
#include "runverbund.h"
#include "services/indicators.h"
#include "storage/enrollmentrepository.h"
#include "storage/funderrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "tempdatabase.h"

#include <QFile>

using namespace Verbund;
using Verbund::Testing::Run;
using Verbund::Testing::TempDatabase;
using Verbund::Testing::verbund;

namespace {

qint64 company(Database& db, const char* name, std::optional<int> employees,
               std::optional<WzSection> section) {
    Organisation o;
    o.name = QString::fromUtf8(name);
    o.employees = employees;
    o.wzSection = section;
    REQUIRE(OrganisationRepository(db).save(o).ok());
    return o.meta.id;
}

Measure measure(Database& db, const char* title, const QDate& start, const QDate& end) {
    Measure m;
    m.title = QString::fromUtf8(title);
    m.startDate = start;
    m.endDate = end;
    m.status = MeasureStatus::Running;
    REQUIRE(MeasureRepository(db).save(m).ok());
    return m;
}

QList<int> counts(const Indicators::Table& table) {
    QList<int> counts;
    for (const Indicators::Line& line : table.lines)
        counts << line.count;
    return counts;
}

// The 20 people of the measure "Lager und Logistik" (1 January to 30 June 2027).
void twentyPeople(Database& db, const Measure& m) {
    const qint64 small = company(db, "Kleinbetrieb Ahrens", 5, WzSection::C);
    const qint64 medium = company(db, "Mittelstand Brandt GmbH", 60, WzSection::F);
    const qint64 unknown = company(db, "Consulting Claussen", std::nullopt, std::nullopt);
    for (int i = 0; i < 20; ++i) {
        Participant p;
        p.firstName = QStringLiteral("Person");
        p.lastName = QStringLiteral("Nr. %1").arg(i, 2, 10, QLatin1Char('0'));
        p.gender =
            QList<Gender>{Gender::Female, Gender::Male, Gender::Diverse, Gender::NotStated}.at(i %
                                                                                               4);
        // Ages on 1 January 2027: 17 (0–3), 25 (4–8), 29 the day before a birthday (9),
        // 40 (10–15), 55 on the day (16, 17), a year of birth only (18), none (19).
        if (i < 4)
            p.birthDate = QDate(2009, 6, 1);
        else if (i < 9)
            p.birthDate = QDate(2001, 3, 1);
        else if (i == 9)
            p.birthDate = QDate(1997, 1, 2);
        else if (i < 16)
            p.birthDate = QDate(1986, 7, 15);
        else if (i < 18)
            p.birthDate = QDate(1972, 1, 1);
        else if (i == 18)
            p.birthYear = 1990;
        // Employed (0–7), self-employed (8, 9), apprentice (10); unemployed for less than
        // 12 months (11–13, 13 a day short), for 12 months or more (14; 15 exactly 12),
        // without a date (16); inactive (17, 18); not stated (19).
        if (i <= 7)
            p.employment = EmploymentStatus::Employed;
        else if (i <= 9)
            p.employment = EmploymentStatus::SelfEmployed;
        else if (i == 10)
            p.employment = EmploymentStatus::Apprentice;
        else if (i <= 16)
            p.employment = EmploymentStatus::Unemployed;
        else if (i <= 18)
            p.employment = EmploymentStatus::Inactive;
        else
            p.employment = EmploymentStatus::Other;
        if (i == 11 || i == 12)
            p.unemployedSince = QDate(2026, 6, 1);
        else if (i == 13)
            p.unemployedSince = QDate(2026, 1, 2);
        else if (i == 14)
            p.unemployedSince = QDate(2025, 12, 31);
        else if (i == 15)
            p.unemployedSince = QDate(2026, 1, 1);
        if (i <= 10)
            p.employerId = i <= 4 ? small : i <= 8 ? medium : unknown;
        const std::array<std::optional<EducationLevel>, 5> bands{
            EducationLevel::Isced0to2, EducationLevel::Isced3to4, EducationLevel::Isced3to4,
            EducationLevel::Isced5to8, std::nullopt};
        p.education = bands.at(std::size_t(i % 5));
        REQUIRE(ParticipantRepository(db).save(p).ok());

        Enrollment e;
        e.measureId = m.meta.id;
        e.participantId = p.meta.id;
        e.status = i <= 11   ? EnrollmentStatus::Completed
                   : i <= 13 ? EnrollmentStatus::DroppedOut
                             : EnrollmentStatus::Active;
        if (i <= 7)
            e.exitStatus = ExitStatus::Employed;
        else if (i <= 9)
            e.exitStatus = ExitStatus::Education;
        else if (i <= 11)
            e.exitStatus = ExitStatus::JobSeeking;
        else if (i == 12)
            e.exitStatus = ExitStatus::Other;
        e.examResult = i <= 9 ? ExamResult::Passed : ExamResult::None;
        REQUIRE(EnrollmentRepository(db).save(e).ok());
    }
}

} // namespace

TEST_CASE("the indicators of 20 people are the figures worked out by hand, every table adding "
          "up, and those lacking data are listed") {
    TempDatabase db;
    const Measure m = measure(*db, "Lager und Logistik", QDate(2027, 1, 1), QDate(2027, 6, 30));
    twentyPeople(*db, m);
    // Somebody of another year is not counted.
    const Measure earlier = measure(*db, "Vorjahreskurs", QDate(2025, 3, 1), QDate(2025, 9, 30));
    Participant before;
    before.lastName = QStringLiteral("Vorjahr");
    REQUIRE(ParticipantRepository(*db).save(before).ok());
    Enrollment e;
    e.measureId = earlier.meta.id;
    e.participantId = before.meta.id;
    e.status = EnrollmentStatus::Completed;
    REQUIRE(EnrollmentRepository(*db).save(e).ok());

    auto read = Indicators::read(*db, {QDate(2027, 1, 1), QDate(2027, 12, 31), 0, 0});
    REQUIRE(read.ok());
    const Indicators& in = *read;
    CHECK(in.entries == 20);
    CHECK(in.exits == 14);
    CHECK(in.companies == 3);
    // Gender: female, male, diverse, not stated.
    CHECK(counts(in.entryTables.at(0)) == QList<int>{5, 5, 5, 5});
    // Age at entry: under 18, 18–29, 30–54, 55 and over, not stated.
    CHECK(counts(in.entryTables.at(1)) == QList<int>{4, 6, 7, 2, 1});
    // Employment: employed (incl. self-employed and apprentices), unemployed under 12 months,
    // long-term, since unknown, inactive, not stated.
    CHECK(counts(in.entryTables.at(2)) == QList<int>{11, 3, 2, 1, 2, 1});
    // Education: ISCED 0–2, 3–4, 5–8, not stated.
    CHECK(counts(in.entryTables.at(3)) == QList<int>{4, 8, 4, 4});
    for (const Indicators::Table& table : in.entryTables)
        CHECK(table.total() == 20);
    // Exits: employed, in education, seeking work, other, not stated; qualification.
    CHECK(counts(in.exitTables.at(0)) == QList<int>{8, 2, 2, 1, 1});
    CHECK(counts(in.exitTables.at(1)) == QList<int>{10, 4});
    // Companies: micro, small, medium, large, not stated; sections A–U and none.
    CHECK(counts(in.companyTables.at(0)) == QList<int>{1, 0, 1, 0, 1});
    const QList<int> sections = counts(in.companyTables.at(1));
    CHECK(sections.at(int(WzSection::C)) == 1);
    CHECK(sections.at(int(WzSection::F)) == 1);
    CHECK(sections.last() == 1);
    CHECK(in.companyTables.at(1).total() == 3);

    // Lacking: gender (3, 7, 11, 15, 19), birth (19), since when unemployed (16), employment
    // (19), education (4, 9, 14, 19), status at exit (13).
    QStringList lacking;
    for (const Indicators::Missing& person : in.missing)
        lacking << person.name + QStringLiteral(": ") + person.fields.join(QStringLiteral(", "));
    CHECK(lacking ==
          QStringList{
              QStringLiteral("Nr. 03, Person: gender"), QStringLiteral("Nr. 04, Person: education"),
              QStringLiteral("Nr. 07, Person: gender"), QStringLiteral("Nr. 09, Person: education"),
              QStringLiteral("Nr. 11, Person: gender"),
              QStringLiteral("Nr. 13, Person: status at exit"),
              QStringLiteral("Nr. 14, Person: education"), QStringLiteral("Nr. 15, Person: gender"),
              QStringLiteral("Nr. 16, Person: unemployed since"),
              QStringLiteral("Nr. 19, Person: gender, date of birth, "
                             "employment status, education")});

    // A programme's measures only: none funds the measure of the 20 yet.
    Funder esf;
    esf.name = QStringLiteral("ESF Plus");
    REQUIRE(FunderRepository(*db).save(esf).ok());
    Programme programme;
    programme.name = QStringLiteral("ESF Plus Beschäftigtenqualifizierung");
    programme.funderId = esf.meta.id;
    REQUIRE(ProgrammeRepository(*db).save(programme).ok());
    Measure funded = earlier;
    funded.totalCost = 100000;
    funded.shares = {{esf.meta.id, programme.meta.id, ShareKind::Percent, 10000, 0, 0}};
    REQUIRE(MeasureRepository(*db).save(funded).ok());
    auto programmes = Indicators::read(*db, {{}, {}, 0, programme.meta.id});
    REQUIRE(programmes.ok());
    CHECK(programmes->entries == 1);
    CHECK(programmes->exits == 1);
}

TEST_CASE("the command line prints and exports the indicators of a period", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("indikatoren.csv"));
    const Run exported =
        verbund({QStringLiteral("export"), QStringLiteral("indicators"), QStringLiteral("-d"), path,
                 QStringLiteral("--from"), QStringLiteral("01.01.2024"), QStringLiteral("--to"),
                 QStringLiteral("31.12.2026"), QStringLiteral("-o"), csv, QStringLiteral("--lang"),
                 QStringLiteral("de")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Zugänge nach Geschlecht;Weiblich;")));
    CHECK(text.contains(QStringLiteral("Langzeitarbeitslos")));

    const QString pdf = dir.filePath(QStringLiteral("indikatoren.pdf"));
    const Run printed =
        verbund({QStringLiteral("print"), QStringLiteral("indicators"), QStringLiteral("-d"), path,
                 QStringLiteral("--programme"), QStringLiteral("Gibt es nicht"),
                 QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(printed.exitCode == 1);
    CHECK(printed.err.contains(QStringLiteral("„Gibt es nicht“")));
    CHECK(verbund({QStringLiteral("export"), QStringLiteral("indicators"), QStringLiteral("-d"),
                   path, QStringLiteral("--measure"), QStringLiteral("1"),
                   QStringLiteral("--programme"), QStringLiteral("2"), QStringLiteral("-o"), csv})
              .exitCode == 2);
    const Run whole =
        verbund({QStringLiteral("print"), QStringLiteral("indicators"), QStringLiteral("-d"), path,
                 QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("de")});
    REQUIRE(whole.exitCode == 0);
    const QString pages = Verbund::Testing::pdfText(pdf);
    CHECK(pages.contains(QStringLiteral("Teilnehmendenindikatoren")));
    CHECK(pages.contains(QStringLiteral("Fehlende Angaben")));
}
