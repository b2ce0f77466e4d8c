#include "application/measureservice.h"
#include "demo/demonetwork.h"
#include "domain/curriculum.h"
#include "storage/curriculumrepository.h"
#include "storage/enrollmentrepository.h"
#include "storage/funderrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "tempdatabase.h"

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

qint64 newParticipant(Database& db, const QString& last) {
    Participant p;
    p.firstName = QStringLiteral("Test");
    p.lastName = last;
    REQUIRE(ParticipantRepository(db).save(p).ok());
    return p.meta.id;
}

} // namespace

TEST_CASE("the seed measure has 28 people and the company hired more than the half it must") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    MeasureRepository measures(*db);
    auto plastics =
        measures.find(QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"));
    REQUIRE(plastics.ok());
    auto figures = measures.figures(*plastics);
    REQUIRE(figures.ok());
    CHECK(figures->participants == 28);
    CHECK(figures->employed == 10);
    CHECK(figures->referred == 18);
    CHECK(figures->passed == 28);
    CHECK(figures->hired == 28);
    CHECK(figures->obligationRequired == 9);
    CHECK(figures->obligationHired == 18);

    const FundingBreakdown plan = fundingBreakdown(plastics->costFor(28), plastics->shares);
    CHECK(plan.valid);
    CHECK(plan.amounts == QList<Cents>{29400000, 12600000});

    ListRequest request;
    request.filter = QStringLiteral("Kunststoff");
    auto rows = measures.list(request);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().employed == 10);
    CHECK(rows->first().unemployed == 18);
    CHECK(rows->first().cost == 42000000);

    SECTION("the per-UE measure costs UE times rate times people") {
        auto dialogue = measures.find(QStringLiteral("Kaufmann/-frau für Dialogmarketing"));
        REQUIRE(dialogue.ok());
        CHECK(dialogue->costFor(12) == 850 * 640 * 12);
        request.filter = QStringLiteral("Dialogmarketing");
        CHECK(measures.list(request)->first().cost == 850 * 640 * 12);
    }
}

TEST_CASE("credited topics reduce a participant's UE") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto course =
        MeasureRepository(*db).find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    CHECK(course->effectivePlannedUe() == 16);
    auto rows = EnrollmentRepository(*db).forMeasure(course->meta.id);
    REQUIRE(rows->size() == 5);
    QList<int> ues;
    for (const EnrollmentRow& row : *rows)
        ues << row.individualUe;
    std::sort(ues.begin(), ues.end());
    CHECK(ues == QList<int>{14, 16, 16, 16, 16});

    auto curriculum = CurriculumRepository(*db).get(course->curriculumId);
    Enrollment e;
    e.creditedTopicIds = {curriculum->topics.at(2).id, curriculum->topics.at(3).id};
    CHECK(e.individualUe(curriculum->topics) == 4);
}

TEST_CASE("a full measure refuses another participant with a clear message") {
    TempDatabase db;
    Measure m;
    m.title = QStringLiteral("Kleine Gruppe");
    m.capacity = 2;
    m.startDate = QDate(2026, 1, 5);
    m.endDate = QDate(2026, 6, 30);
    REQUIRE(MeasureRepository(*db).save(m).ok());
    EnrollmentRepository enrollments(*db);
    for (int i = 0; i < 2; ++i) {
        Enrollment e;
        e.measureId = m.meta.id;
        e.participantId = newParticipant(*db, QStringLiteral("P%1").arg(i));
        REQUIRE(enrollments.save(e).ok());
    }
    Enrollment third;
    third.measureId = m.meta.id;
    third.participantId = newParticipant(*db, QStringLiteral("Dritte"));
    const Status refused = enrollments.save(third);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::Validation);
    CHECK(refused.error().fieldErrors().first().message.contains(QStringLiteral("Kleine Gruppe")));

    SECTION("a cancelled enrollment frees its place") {
        third.status = EnrollmentStatus::Cancelled;
        CHECK(enrollments.save(third).ok());
    }
    SECTION("dates outside the measure are refused") {
        third.status = EnrollmentStatus::Cancelled;
        third.startDate = QDate(2025, 12, 1);
        const Status outside = enrollments.save(third);
        REQUIRE_FALSE(outside.ok());
        CHECK(outside.error().fieldErrors().first().field == QLatin1String(Field::StartDate));
    }
    SECTION("nobody is enrolled twice") {
        Enrollment again;
        again.measureId = m.meta.id;
        again.participantId = third.participantId;
        again.status = EnrollmentStatus::Cancelled;
        REQUIRE(enrollments.save(again).ok());
        again.meta = {};
        CHECK_FALSE(enrollments.save(again).ok());
    }
}

TEST_CASE("a measure keeps its places of learning and its funding plan") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    MeasureRepository measures(*db);
    auto course = measures.find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    CHECK(course->shares.size() == 3);
    Measure changed = *course;
    changed.shares.removeLast();
    const Status refused = measures.save(changed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fieldErrors().first().field == QLatin1String(Field::Shares));
    CHECK(measures.get(course->meta.id)->shares.size() == 3);

    changed.shares.last().amount = 240000;
    changed.locations << MeasureLocation{course->providerId, LocationRole::Provider};
    REQUIRE(measures.save(changed).ok());
    auto again = measures.get(course->meta.id);
    CHECK(again->shares == changed.shares);
    CHECK(again->locations == changed.locations);

    SECTION("deleting a measure with enrollments needs consent") {
        const Status refusedDelete = measures.remove(*again);
        REQUIRE_FALSE(refusedDelete.ok());
        CHECK(refusedDelete.error().code() == ErrorCode::HasDependents);
        REQUIRE(measures.remove(*again, MeasureRepository::EnrollmentsPolicy::DeleteThem).ok());
        CHECK(measures.get(course->meta.id).error().code() == ErrorCode::NotFound);
    }
}

TEST_CASE("the participant list shows each person's current measure") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    ParticipantRepository participants(*db);
    CHECK(*participants.count({}) == 48);
    ListRequest request;
    request.filter = QStringLiteral("Dialogmarketing");
    auto rows = participants.list(request);
    REQUIRE(rows.ok());
    CHECK(rows->size() == 11); // the twelfth left in June
    CHECK(rows->first().currentMeasure == QStringLiteral("Kaufmann/-frau für Dialogmarketing"));
    CHECK(rows->first().organisation == QStringLiteral("DialogPlus Kundenservice GmbH"));
    auto history = participants.enrollments(rows->first().id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().status == EnrollmentStatus::Active);
}

TEST_CASE("the participant search folds case, accents and ß and follows every change") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    ParticipantRepository participants(*db);
    const auto found = [&](const QString& filter) { return *participants.count(filter); };
    Participant p;
    p.firstName = QStringLiteral("Jörg");
    p.lastName = QStringLiteral("Voß-Müller");
    p.city = QStringLiteral("Güstrow");
    REQUIRE(participants.save(p).ok());
    CHECK(found(QStringLiteral("muller")) == 1);
    CHECK(found(QStringLiteral("VOSS jö")) == 1);
    CHECK(found(QStringLiteral("gustr")) == 1);
    CHECK(found(QStringLiteral("\"-*")) == *participants.count({})); // signs alone: no filter
    CHECK(found(QStringLiteral("üller")) == 0); // words are found by their beginning

    // The organisation's new name, and the measure the person joins.
    OrganisationRepository organisations(*db);
    Organisation employer;
    employer.name = QStringLiteral("Altname GmbH");
    REQUIRE(organisations.save(employer).ok());
    p.employerId = employer.meta.id;
    REQUIRE(participants.save(p).ok());
    CHECK(found(QStringLiteral("altname")) == 1);
    employer.name = QStringLiteral("Neuname GmbH");
    REQUIRE(organisations.save(employer).ok());
    CHECK(found(QStringLiteral("altname")) == 0);
    CHECK(found(QStringLiteral("neuname jörg")) == 1);
    ListRequest mechatronics;
    mechatronics.filter = QStringLiteral("Mechatroniker");
    const qint64 measureId = MeasureRepository(*db).list(mechatronics).value().constFirst().id;
    Measure measure = MeasureRepository(*db).get(measureId).value();
    ++measure.capacity; // it is full
    REQUIRE(MeasureRepository(*db).save(measure).ok());
    const int before = found(QStringLiteral("mechatron"));
    Enrollment enrollment;
    enrollment.measureId = measureId;
    enrollment.participantId = p.meta.id;
    const Status enrolled = EnrollmentRepository(*db).save(enrollment);
    INFO((enrolled.ok() ? QString() : enrolled.error().fullText()).toStdString());
    REQUIRE(enrolled.ok());
    CHECK(found(QStringLiteral("mechatron jörg")) == 1);
    CHECK(found(QStringLiteral("mechatron")) == before + 1);
    REQUIRE(EnrollmentRepository(*db).remove(enrollment).ok());
    CHECK(found(QStringLiteral("mechatron")) == before);
    REQUIRE(participants.remove(p).ok());
    CHECK(found(QStringLiteral("muller")) == 0);
}

TEST_CASE("an organisation that a measure names cannot be deleted") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    OrganisationRepository organisations(*db);
    auto nordplast = organisations.where(QStringLiteral("name = ?"),
                                         {QStringLiteral("Nordplast Kunststofftechnik GmbH")});
    REQUIRE(nordplast->size() == 1);
    auto dependents = organisations.dependents(nordplast->first().meta.id);
    CHECK(dependents->measures == 2);
    const Status refused = organisations.remove(
        nordplast->first(), OrganisationRepository::DependentsPolicy::DeleteThem);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::HasDependents);
    CHECK(refused.error().message().contains(QStringLiteral("2")));
    CHECK(*organisations.count({}) == 12);
}

TEST_CASE("a refused measure leaves no new funder behind – a saved one makes the company one") {
    TempDatabase db;
    Organisation company;
    company.name = QStringLiteral("Tischlerei Krüger");
    company.kind = OrganisationKind::Company;
    REQUIRE(OrganisationRepository(*db).save(company).ok());
    Measure measure;
    measure.title = QString(); // refused: no title
    measure.totalCost = 100000;
    measure.shares = {FundingShare{0, 0, ShareKind::Percent, 10000, 0, company.meta.id}};
    CHECK_FALSE(MeasureService(*db).save(measure).ok());
    CHECK(*FunderRepository(*db).findForOrganisation(company.meta.id) == 0);

    measure.title = QStringLiteral("Holzbearbeitung");
    REQUIRE(MeasureService(*db).save(measure).ok());
    const qint64 funder = *FunderRepository(*db).findForOrganisation(company.meta.id);
    CHECK(funder > 0);
    CHECK(measure.shares.first().funderId == funder);
}
