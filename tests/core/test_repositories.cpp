#include "demo/demonetwork.h"
#include "storage/consultationrepository.h"
#include "storage/contactrepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "storage/siterepository.h"
#include "storage/staffrepository.h"
#include "tempdatabase.h"

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

struct Office {
    Site site;
    Staff advisor;
};

Office makeOffice(Database& db) {
    Office office;
    office.site = {{},
                   QStringLiteral("Pilotregion Schwerin"),
                   QStringLiteral("Schwerin"),
                   QStringLiteral("Koordinierungsstelle")};
    REQUIRE(SiteRepository(db).save(office.site).ok());
    office.advisor = {{},
                      QStringLiteral("Anja"),
                      QStringLiteral("Becker"),
                      QStringLiteral("a.becker@verbund.de"),
                      QStringLiteral("0385 7788-21"),
                      office.site.meta.id,
                      true};
    REQUIRE(StaffRepository(db).save(office.advisor).ok());
    return office;
}

Organisation fullOrganisation(const Office& office) {
    Organisation o;
    o.name = QStringLiteral("Nordplast Kunststofftechnik GmbH");
    o.kind = OrganisationKind::Company;
    o.sector = QStringLiteral("Kunststoffverarbeitung");
    o.employees = 1000;
    o.street = QStringLiteral("Gewerbepark Süd 4");
    o.postcode = QStringLiteral("19243");
    o.city = QStringLiteral("Wittenburg");
    o.siteId = office.site.meta.id;
    o.phone = QStringLiteral("038852 901-0");
    o.email = QStringLiteral("personal@nordplast.de");
    o.website = QStringLiteral("www.nordplast.de");
    o.membership = Membership::Former;
    o.memberSince = QDate(2024, 3, 1);
    o.memberUntil = QDate(2025, 12, 31);
    o.advisorId = office.advisor.meta.id;
    o.notes = QStringLiteral("Kurzarbeit;\nZweite Zeile mit „Anführungszeichen“ und ß.");
    return o;
}

template <typename T, typename Repo> void checkRoundTrip(Repo& repository, T record) {
    REQUIRE(repository.save(record).ok());
    CHECK(record.meta.id > 0);
    CHECK(record.meta.revision == 1);
    CHECK(record.meta.createdAt.isValid());
    auto loaded = repository.get(record.meta.id);
    REQUIRE(loaded.ok());
    CHECK(*loaded == record);
}

} // namespace

TEST_CASE("an organisation round-trips every field") {
    TempDatabase db;
    const Office office = makeOffice(*db);
    OrganisationRepository repository(*db);
    checkRoundTrip(repository, fullOrganisation(office));

    SECTION("and empty optional fields stay empty") {
        Organisation minimal;
        minimal.name = QStringLiteral("Tischlerei Krüger");
        minimal.kind = OrganisationKind::Association;
        checkRoundTrip(repository, minimal);
    }
    SECTION("and an update keeps every field and counts the revision") {
        Organisation o = fullOrganisation(office);
        REQUIRE(repository.save(o).ok());
        o.employees = 7;
        o.kind = OrganisationKind::PublicAuthority;
        o.memberUntil = QDate();
        o.advisorId = 0;
        REQUIRE(repository.save(o).ok());
        CHECK(o.meta.revision == 2);
        auto loaded = repository.get(o.meta.id);
        REQUIRE(loaded.ok());
        CHECK(*loaded == o);
        CHECK(loaded->sizeClass() == SizeClass::Micro);
    }
}

TEST_CASE("a contact round-trips every field") {
    TempDatabase db;
    const Office office = makeOffice(*db);
    Organisation o = fullOrganisation(office);
    REQUIRE(OrganisationRepository(*db).save(o).ok());
    ContactRepository repository(*db);
    checkRoundTrip(repository, Contact{{},
                                       o.meta.id,
                                       QStringLiteral("Martina"),
                                       QStringLiteral("Schulz"),
                                       Salutation::Ms,
                                       QStringLiteral("Dr."),
                                       QStringLiteral("Personalleitung"),
                                       QStringLiteral("m.schulz@nordplast.de"),
                                       QStringLiteral("038852 901-120"),
                                       QStringLiteral("0171 2345678"),
                                       QStringLiteral("Erreichbar vormittags"),
                                       QDate(2026, 11, 20)});
}

TEST_CASE("a consultation round-trips every field with its topics") {
    TempDatabase db;
    const Office office = makeOffice(*db);
    Organisation o = fullOrganisation(office);
    REQUIRE(OrganisationRepository(*db).save(o).ok());
    ConsultationRepository repository(*db);
    Consultation c;
    c.organisationId = o.meta.id;
    c.date = QDate(2026, 1, 20);
    c.advisorId = office.advisor.meta.id;
    c.channel = ConsultationChannel::Event;
    c.topics =
        ConsultationTopic::NeedsAnalysis | ConsultationTopic::Funding | ConsultationTopic::Other;
    c.summary = QStringLiteral("Bedarf an Nachqualifizierung");
    c.outcome = QStringLiteral("Maßnahme wird geplant");
    c.followUp = QDate(2026, 2, 10);
    checkRoundTrip(repository, c);
}

TEST_CASE("staff and sites round-trip every field") {
    TempDatabase db;
    const Office office = makeOffice(*db);
    StaffRepository staff(*db);
    checkRoundTrip(staff, Staff{{},
                                QStringLiteral("Karin"),
                                QStringLiteral("Vogt"),
                                QStringLiteral("k.vogt@verbund.de"),
                                QStringLiteral("03841 4410-15"),
                                office.site.meta.id,
                                false});
    SiteRepository sites(*db);
    checkRoundTrip(sites, Site{{},
                               QStringLiteral("Standort Wismar"),
                               QStringLiteral("Wismar"),
                               QStringLiteral("ab 2027")});
}

TEST_CASE("an organisation with contacts or consultations is deleted only when told to") {
    TempDatabase db;
    const Office office = makeOffice(*db);
    OrganisationRepository organisations(*db);
    Organisation o = fullOrganisation(office);
    REQUIRE(organisations.save(o).ok());
    Contact contact;
    contact.organisationId = o.meta.id;
    contact.firstName = QStringLiteral("Jens");
    contact.lastName = QStringLiteral("Wagner");
    REQUIRE(ContactRepository(*db).save(contact).ok());
    Consultation consultation;
    consultation.organisationId = o.meta.id;
    consultation.date = QDate(2026, 2, 3);
    REQUIRE(ConsultationRepository(*db).save(consultation).ok());

    const Status refused = organisations.remove(o);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::HasDependents);
    CHECK(organisations.get(o.meta.id).ok());

    REQUIRE(organisations.remove(o, OrganisationRepository::DependentsPolicy::DeleteThem).ok());
    CHECK(organisations.get(o.meta.id).error().code() == ErrorCode::NotFound);
    CHECK(ContactRepository(*db).forOrganisation(o.meta.id)->isEmpty());
    CHECK(ConsultationRepository(*db).forOrganisation(o.meta.id)->isEmpty());
}

TEST_CASE("an organisation without dependents is deleted at once") {
    TempDatabase db;
    OrganisationRepository organisations(*db);
    Organisation o;
    o.name = QStringLiteral("Hochschule Wismar");
    REQUIRE(organisations.save(o).ok());
    REQUIRE(organisations.remove(o).ok());
    CHECK(organisations.count({}).value() == 0);
}

TEST_CASE("the organisation list filters and sorts in SQL") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    OrganisationRepository organisations(*db);
    CHECK(organisations.count({}).value() == 12);

    auto names = [&](const ListRequest& request) {
        QStringList result;
        for (const OrganisationRow& row : organisations.list(request).value())
            result << row.name;
        return result;
    };

    SECTION("by city") {
        ListRequest request;
        request.filter = QStringLiteral("wismar");
        CHECK(names(request) == QStringList{QStringLiteral("DialogPlus Kundenservice GmbH"),
                                            QStringLiteral("Hochschule Wismar")});
        CHECK(organisations.count(request.filter).value() == 2);
    }
    SECTION("by the kind's name") {
        ListRequest request;
        request.filter = QStringLiteral("provider");
        CHECK(names(request) == QStringList{QStringLiteral("Bildungswerk Westmecklenburg gGmbH"),
                                            QStringLiteral("TechnikAkademie Nord GmbH")});
    }
    SECTION("by the advisor, every word must match") {
        ListRequest request;
        request.filter = QStringLiteral("Lange ludwigslust");
        CHECK(names(request) == QStringList{QStringLiteral("Hansen Maschinenbau GmbH"),
                                            QStringLiteral("Jobcenter Westmecklenburg")});
    }
    SECTION("filter characters are not SQL wildcards") {
        ListRequest request;
        request.filter = QStringLiteral("%");
        CHECK(names(request).isEmpty());
    }
    SECTION("sorted by consultations, most first, in pages") {
        ListRequest request;
        request.sortColumn = OrganisationRepository::Consultations;
        request.order = Qt::DescendingOrder;
        request.limit = 5;
        auto first = organisations.list(request).value();
        REQUIRE(first.size() == 5);
        CHECK(first.at(0).consultations == 3);
        request.offset = 10;
        auto last = organisations.list(request).value();
        CHECK(last.size() == 2);
        CHECK(last.at(1).consultations == 0);
    }
    SECTION("rows carry the derived size class and the advisor's name") {
        ListRequest request;
        request.filter = QStringLiteral("Nordplast");
        const OrganisationRow row = organisations.list(request).value().at(0);
        CHECK(sizeClassFor(row.employees) == SizeClass::Large);
        CHECK(row.advisor == QStringLiteral("Anja Becker"));
        CHECK(row.consultations == 2);
    }
}

TEST_CASE("the demo network follows the seeds") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    OrganisationRepository organisations(*db);
    ListRequest request;
    request.limit = 100;
    const auto rows = organisations.list(request).value();
    auto count = [&](OrganisationKind kind) {
        return std::count_if(rows.begin(), rows.end(),
                             [kind](const OrganisationRow& row) { return row.kind == kind; });
    };
    CHECK(count(OrganisationKind::EducationProvider) == 2);
    CHECK(count(OrganisationKind::EmploymentAgency) == 1);
    CHECK(count(OrganisationKind::Chamber) == 1);
    CHECK(count(OrganisationKind::Union) == 1);
    CHECK(count(OrganisationKind::University) == 1);
    const auto plastics = std::find_if(rows.begin(), rows.end(), [](const OrganisationRow& r) {
        return r.name.contains(QStringLiteral("Kunststoff"));
    });
    REQUIRE(plastics != rows.end());
    CHECK(plastics->employees == 1000);
    int consultations = 0;
    for (const OrganisationRow& row : rows)
        consultations += row.consultations;
    // The seeds' twelve and four of the last months.
    CHECK(consultations == 16);
}

TEST_CASE("an organisation search gives a few hits of the kinds asked for, by name") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    OrganisationRepository organisations(*db);
    auto companies = organisations.search(QStringLiteral("gmbh"), {OrganisationKind::Company}, 2);
    REQUIRE(companies.ok());
    REQUIRE(companies->size() == 2);
    CHECK(companies->at(0).name.compare(companies->at(1).name, Qt::CaseInsensitive) < 0);
    for (const Organisation& o : std::as_const(*companies))
        CHECK(o.kind == OrganisationKind::Company);
    auto words = organisations.search(QStringLiteral("nordplast kunst"), {}, 10);
    REQUIRE(words.ok());
    REQUIRE(words->size() == 1);
    CHECK(words->first().name == QStringLiteral("Nordplast Kunststofftechnik GmbH"));
    CHECK(organisations.search(QStringLiteral("nordplast"), {OrganisationKind::Chamber}, 10)
              ->isEmpty());
}

TEST_CASE("list filters find names whatever their case and accents, in every script") {
    TempDatabase db;
    for (const char* name : {"BÄCKEREI ÖZTÜRK", "Straßenbau Łukasz", "Ελληνική Ταβέρνα"}) {
        Organisation o;
        o.name = QString::fromUtf8(name);
        REQUIRE(OrganisationRepository(*db).save(o).ok());
    }
    OrganisationRepository organisations(*db);
    for (const char* filter :
         {"öztürk", "OZTURK", "bäckerei", "strassenbau", "łukasz", "ελληνικη", "ΤΑΒΕΡΝΑ"}) {
        INFO(filter);
        CHECK(*organisations.count(QString::fromUtf8(filter)) == 1);
    }
    CHECK(*organisations.count(QStringLiteral("özkan")) == 0);
    Participant person;
    person.lastName = QStringLiteral("ÖZTÜRK");
    person.firstName = QStringLiteral("Ayşe");
    REQUIRE(ParticipantRepository(*db).save(person).ok());
    CHECK(*ParticipantRepository(*db).count(QStringLiteral("öztürk ayse")) == 1);
}
