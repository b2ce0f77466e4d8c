// Who may do what: the roles' rights checked by the core before it writes, and on a server
// granted by the server itself, so that SQL under a role's login is refused as well.
#include "application/participantservice.h"
#include "application/personservice.h"
#include "application/userservice.h"
#include "common/systemuser.h"
#include "demo/demonetwork.h"
#include "storage/consultationrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

// The demo network with one user of each role but the owner's; the logins are the server's,
// for the whole server, so each test has its own.
struct Office {
    TempDatabase db;
    QString reader;
    QString advisor; // of the Wismar site, with the dialogue-marketing measure's 12 people
    QString coordinator;

    Office() {
        REQUIRE(createDemoNetwork(*db).ok());
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000));
        reader = QStringLiteral("reader") + suffix;
        advisor = QStringLiteral("advisor") + suffix;
        coordinator = QStringLiteral("coordinator") + suffix;
        auto wismar = db->readValue(QStringLiteral("SELECT id FROM site WHERE name = ?"),
                                    {QStringLiteral("Standort Wismar")});
        REQUIRE(wismar.ok());
        UserService users(*db);
        for (auto [login, role, site] :
             {std::tuple{reader, UserRole::Reader, qint64(0)},
              std::tuple{advisor, UserRole::Advisor, wismar->toLongLong()},
              std::tuple{coordinator, UserRole::Coordinator, qint64(0)}}) {
            User user;
            user.login = login;
            user.role = role;
            user.siteId = site;
            const Status added = users.add(user, {});
            INFO((added ? QString() : added.error().fullText()).toStdString());
            REQUIRE(added.ok());
        }
    }

    // The network's URL for the login.
    QString urlOf(const QString& login) const {
        QString url = db.path();
        return url.replace(QRegularExpression(QStringLiteral("//[^@]+@")),
                           QStringLiteral("//%1@").arg(login));
    }

    // The network opened as the login would open it.
    std::unique_ptr<Database> as(const QString& login) const {
        auto opened = Database::open(urlOf(login), Database::OpenMode::OpenExisting);
        INFO((opened ? QString() : opened.error().fullText()).toStdString());
        REQUIRE(opened.ok());
        return std::move(*opened);
    }
};

// What the server says to the SQL, as another program would send it.
bool serverRuns(Database& db, const QString& sql) {
    Transaction transaction(db);
    return runSql(db.connection(), sql).ok() && transaction.commit().ok();
}

int count(Database& db, const QString& sql) {
    auto value = db.readValue(sql);
    REQUIRE(value.ok());
    return value->toInt();
}

Organisation firstOrganisation(Database& db) {
    auto id = db.readValue(QStringLiteral("SELECT min(id) FROM organisation"));
    REQUIRE(id.ok());
    auto organisation = OrganisationRepository(db).get(id->toLongLong());
    REQUIRE(organisation.ok());
    return *organisation;
}

} // namespace

TEST_CASE("a reader sees the network but no participant's personal data and may change "
          "nothing, in the core and on the server",
          "[server]") {
    Office office;
    auto reader = office.as(office.reader);
    CHECK(reader->user().role == UserRole::Reader);
    CHECK(reader->user().login == office.reader);

    // Through the core: refused with the role it needs, nothing written.
    Organisation organisation = firstOrganisation(*reader);
    organisation.phone = QStringLiteral("0385 1");
    const Status saved = OrganisationRepository(*reader).save(organisation);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code() == ErrorCode::NotPermitted);
    CHECK(saved.error().message().contains(enumLabel(UserRole::Advisor)));
    auto people = ParticipantService(*reader).list({});
    REQUIRE_FALSE(people.ok());
    CHECK(people.error().code() == ErrorCode::NotPermitted);

    // Directly: the server refuses.
    CHECK(count(*reader, QStringLiteral("SELECT count(*) FROM participant")) == 48);
    CHECK(count(*reader, QStringLiteral("SELECT count(*) FROM organisation")) == 12);
    CHECK_FALSE(serverRuns(*reader, QStringLiteral("SELECT first_name FROM participant")));
    CHECK_FALSE(serverRuns(*reader, QStringLiteral("SELECT words FROM participant_search")));
    CHECK_FALSE(serverRuns(*reader, QStringLiteral("SELECT notes FROM enrollment")));
    CHECK_FALSE(serverRuns(*reader, QStringLiteral("UPDATE organisation SET phone = '1'")));
    CHECK_FALSE(serverRuns(*reader, QStringLiteral("DELETE FROM consultation")));
    CHECK_FALSE(
        serverRuns(*reader, QStringLiteral("INSERT INTO app_user (created_at, updated_at, login, "
                                           "role) VALUES ('', '', 'me', 'administrator')")));
    // The history, but none of the participants'.
    CHECK(count(*reader, QStringLiteral("SELECT count(*) FROM history WHERE owner_table = "
                                        "'organisation'")) > 0);
    CHECK(count(*reader, QStringLiteral("SELECT count(*) FROM history WHERE owner_table IN "
                                        "('participant', 'enrollment')")) == 0);
    CHECK(count(*office.db, QStringLiteral("SELECT count(*) FROM history WHERE table_name = "
                                           "'participant'")) == 48);
    // No one's consents.
    Consent consent;
    consent.participantId = count(*office.db, QStringLiteral("SELECT min(id) FROM participant"));
    consent.givenOn = QDate(2025, 3, 1);
    REQUIRE(PersonService(*office.db).save(consent).ok());
    CHECK(count(*reader, QStringLiteral("SELECT count(*) FROM consent")) == 0);
}

TEST_CASE("an advisor keeps the network and sees the participants of their site only – "
          "deleting and measures are the coordinators'",
          "[server]") {
    Office office;
    auto advisor = office.as(office.advisor);
    CHECK(advisor->user().role == UserRole::Advisor);

    Organisation organisation = firstOrganisation(*advisor);
    organisation.phone = QStringLiteral("0385 2");
    CHECK(OrganisationRepository(*advisor).save(organisation).ok());
    auto consultations = ConsultationRepository(*advisor).forOrganisation(organisation.meta.id);
    REQUIRE(consultations.ok());
    REQUIRE_FALSE(consultations->isEmpty());
    const Status removed = ConsultationRepository(*advisor).remove(consultations->first());
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().code() == ErrorCode::NotPermitted);
    CHECK(removed.error().message().contains(enumLabel(UserRole::Coordinator)));
    auto measure =
        MeasureRepository(*advisor).find(QStringLiteral("Kaufmann/-frau für Dialogmarketing"));
    REQUIRE(measure.ok());
    measure->notes = QStringLiteral("geändert");
    CHECK(MeasureRepository(*advisor).save(*measure).error().code() == ErrorCode::NotPermitted);

    // The people of the Wismar measure, through the core and directly; no others.
    auto people = ParticipantService(*advisor).count({});
    REQUIRE(people.ok());
    CHECK(*people == 12);
    CHECK(count(*advisor, QStringLiteral("SELECT count(*) FROM participant")) == 12);
    CHECK(count(*advisor, QStringLiteral("SELECT count(*) FROM enrollment")) == 12);
    CHECK(count(*advisor, QStringLiteral("SELECT count(*) FROM participant_search")) == 12);
    CHECK(count(*advisor, QStringLiteral("SELECT count(*) FROM history WHERE table_name = "
                                         "'participant'")) == 12);
    CHECK(serverRuns(*advisor, QStringLiteral("SELECT first_name FROM participant")));
    CHECK_FALSE(serverRuns(*advisor, QStringLiteral("DELETE FROM consultation")));
    CHECK_FALSE(serverRuns(*advisor, QStringLiteral("UPDATE measure SET notes = 'x'")));
    CHECK_FALSE(serverRuns(*advisor, QStringLiteral("UPDATE participant SET notes = 'x'")));
    CHECK_FALSE(serverRuns(*advisor, QStringLiteral("UPDATE history SET actor = 'x'")));
    // Erasing is a coordinator's, also the history's part of it.
    const qint64 someone = count(*advisor, QStringLiteral("SELECT min(id) FROM participant"));
    const Status erased =
        PersonService(*advisor).erase(PersonKind::Participant, someone, QStringLiteral("Antrag"));
    REQUIRE_FALSE(erased.ok());
    CHECK(erased.error().code() == ErrorCode::NotPermitted);
    CHECK_FALSE(serverRuns(*advisor, QStringLiteral("UPDATE history SET erased = 1")));
    CHECK_FALSE(serverRuns(*advisor, QStringLiteral("INSERT INTO erasure_log (at, actor, "
                                                    "record_table, record_id, legal_basis) "
                                                    "VALUES ('x', 'x', 'x', 1, 'x')")));
}

TEST_CASE("a coordinator does everything but the users, which only an administrator keeps",
          "[server]") {
    Office office;
    auto coordinator = office.as(office.coordinator);
    CHECK(coordinator->user().role == UserRole::Coordinator);
    CHECK(count(*coordinator, QStringLiteral("SELECT count(*) FROM participant")) == 48);
    Organisation organisation = firstOrganisation(*coordinator);
    auto consultations = ConsultationRepository(*coordinator).forOrganisation(organisation.meta.id);
    REQUIRE(consultations.ok());
    REQUIRE_FALSE(consultations->isEmpty());
    CHECK(ConsultationRepository(*coordinator).remove(consultations->first()).ok());

    User intern;
    intern.login = office.reader + QStringLiteral("b");
    const Status added = UserService(*coordinator).add(intern, {});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code() == ErrorCode::NotPermitted);
    CHECK(added.error().message().contains(enumLabel(UserRole::Administrator)));
    CHECK_FALSE(serverRuns(*coordinator, QStringLiteral("UPDATE app_user SET role = "
                                                        "'administrator'")));
    CHECK_FALSE(serverRuns(*coordinator, QStringLiteral("DELETE FROM history")));
    // A coordinator erases a person, the history's values included, but alters no history.
    const qint64 someone = count(*coordinator, QStringLiteral("SELECT min(id) FROM participant"));
    const Status erased = PersonService(*coordinator)
                              .erase(PersonKind::Participant, someone, QStringLiteral("Antrag"));
    INFO((erased ? QString() : erased.error().fullText()).toStdString());
    CHECK(erased.ok());
    CHECK(count(*coordinator, QStringLiteral("SELECT count(*) FROM history WHERE erased = 1")) > 0);
    CHECK_FALSE(serverRuns(*coordinator, QStringLiteral("UPDATE history SET actor = 'x'")));
    CHECK_FALSE(serverRuns(*coordinator, QStringLiteral("UPDATE history SET changes = '{}' "
                                                        "WHERE erased = 1")));
    // Nor blanks the history of anything but an erased person.
    CHECK(serverRuns(*coordinator, QStringLiteral("UPDATE history SET changes = '{}', erased = 1 "
                                                  "WHERE table_name = 'funding_share'")));
    CHECK(count(*coordinator, QStringLiteral("SELECT count(*) FROM history WHERE table_name = "
                                             "'funding_share' AND erased = 1")) == 0);

    // The owner administers: a coordinator made a reader works as one from the next start.
    REQUIRE(office.db->user().role == UserRole::Administrator);
    REQUIRE(UserService(*office.db).setRole(office.coordinator, UserRole::Reader, 0).ok());
    auto demoted = office.as(office.coordinator);
    CHECK(demoted->user().role == UserRole::Reader);
    CHECK_FALSE(serverRuns(*demoted, QStringLiteral("UPDATE organisation SET phone = '3'")));
    // A disabled user is not let in.
    REQUIRE(UserService(*office.db).disable(office.advisor).ok());
    auto disabled = Database::open(office.urlOf(office.advisor), Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().code() == ErrorCode::Authentication);
    CHECK(disabled.error().message().contains(office.advisor));
}

TEST_CASE("in a file the roles come from its list of users, everyone administering while it "
          "lists nobody",
          "[file]") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    CHECK(db->user().role == UserRole::Administrator);
    CHECK(db->user().login == systemUserName());
    User me;
    me.login = systemUserName();
    me.role = UserRole::Advisor;
    REQUIRE(UserService(*db).add(me, {}).ok());
    CHECK(db->user().role == UserRole::Advisor); // read anew at once
    db.reopen();
    CHECK(db->user().role == UserRole::Advisor);
    Organisation organisation = firstOrganisation(*db);
    organisation.phone = QStringLiteral("0385 4");
    CHECK(OrganisationRepository(*db).save(organisation).ok());
    auto consultations = ConsultationRepository(*db).forOrganisation(organisation.meta.id);
    REQUIRE(consultations.ok());
    REQUIRE_FALSE(consultations->isEmpty());
    CHECK(ConsultationRepository(*db).remove(consultations->first()).error().code() ==
          ErrorCode::NotPermitted);
    // An advisor may not make themselves an administrator.
    CHECK(UserService(*db).setRole(me.login, UserRole::Administrator, 0).error().code() ==
          ErrorCode::NotPermitted);
    // Somebody not listed reads only.
    qputenv("USER", "somebody-else");
    db.reopen();
    CHECK(db->user().role == UserRole::Reader);
    qputenv("USER", me.login.toUtf8());
}
