// The change signal: every committed write is announced once, a rolled-back one never.
#include "services/csvstream.h"
#include "services/importer.h"
#include "storage/datachanges.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

// Records what the database announces.
struct Announcements {
    QList<ChangeSet> sets;
    explicit Announcements(Database& db) {
        QObject::connect(&db.changes(), &DataChanges::committed,
                         [this](const ChangeSet& changes) { sets << changes; });
    }
};

Organisation company(const QString& name) {
    Organisation o;
    o.name = name;
    o.kind = OrganisationKind::Company;
    return o;
}

} // namespace

TEST_CASE("a saved record is announced once with its kind and id") {
    TempDatabase db;
    Announcements heard(*db);
    Organisation joinery = company(QStringLiteral("Tischlerei Krüger"));
    REQUIRE(OrganisationRepository(*db).save(joinery).ok());
    REQUIRE(heard.sets.size() == 1);
    CHECK(heard.sets.first().ids(RecordKind::Organisation) == QSet<qint64>{joinery.meta.id});
    CHECK_FALSE(heard.sets.first().touches(RecordKind::Measure));
}

TEST_CASE("the writes of one transaction are announced together after it commits") {
    TempDatabase db;
    Announcements heard(*db);
    Organisation a = company(QStringLiteral("A GmbH"));
    Organisation b = company(QStringLiteral("B GmbH"));
    {
        Transaction transaction(*db);
        REQUIRE(OrganisationRepository(*db).save(a).ok());
        REQUIRE(OrganisationRepository(*db).save(b).ok());
        CHECK(heard.sets.isEmpty()); // nothing before the commit
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(heard.sets.size() == 1);
    CHECK(heard.sets.first().ids(RecordKind::Organisation) == QSet<qint64>{a.meta.id, b.meta.id});
}

TEST_CASE("a rolled-back write is never announced") {
    TempDatabase db;
    Announcements heard(*db);
    {
        Transaction transaction(*db);
        Organisation a = company(QStringLiteral("A GmbH"));
        REQUIRE(OrganisationRepository(*db).save(a).ok());
    } // no commit
    CHECK(heard.sets.isEmpty());
    // A later commit does not carry the rolled-back write along.
    Organisation b = company(QStringLiteral("B GmbH"));
    REQUIRE(OrganisationRepository(*db).save(b).ok());
    REQUIRE(heard.sets.size() == 1);
    CHECK(heard.sets.first().ids(RecordKind::Organisation) == QSet<qint64>{b.meta.id});
}

TEST_CASE("an import is announced once, with the people it made") {
    TempDatabase db;
    Announcements heard(*db);
    auto file = CsvStream::openBytes(QByteArray("Vorname;Nachname\nOle;Hansen\nMia;Krause\n"));
    REQUIRE(file.ok());
    auto report = Importer::run(*db, ImportKind::Participants, **file, {});
    REQUIRE(report.ok());
    REQUIRE(heard.sets.size() == 1);
    CHECK(heard.sets.first().ids(RecordKind::Participant).size() == 2);
}

TEST_CASE("a second program's change is announced to the first within two seconds, its own "
          "writes only once") {
    TempDatabase db;
    db->followOthers(true);
    Announcements heard(*db);
    auto other = Database::open(db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    Organisation joinery = company(QStringLiteral("Tischlerei Krüger"));
    REQUIRE(OrganisationRepository(**other).save(joinery).ok());
    QElapsedTimer waited;
    waited.start();
    while (heard.sets.isEmpty() && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    REQUIRE(heard.sets.size() == 1);
    CHECK(heard.sets.first().touches(RecordKind::Organisation));
    // What the first program reads then holds the change.
    auto found = OrganisationRepository(*db).get(joinery.meta.id);
    REQUIRE(found.ok());
    CHECK(found->name == joinery.name);

    // Its own write is announced once, as it commits, not again as another's.
    heard.sets.clear();
    Organisation bakery = company(QStringLiteral("Bäckerei Sommer"));
    REQUIRE(OrganisationRepository(*db).save(bakery).ok());
    CHECK(heard.sets.size() == 1);
    waited.restart();
    while (waited.elapsed() < 1200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(heard.sets.size() == 1);
}

TEST_CASE("a lost connection to the server is said in plain words and made anew when the "
          "server is back, the lists told to read again",
          "[server]") {
    TempDatabase db;
    Announcements heard(*db);
    bool lost = false;
    QObject::connect(&db->changes(), &DataChanges::connectionLost,
                     [&lost](const QString&) { lost = true; });
    Organisation joinery = company(QStringLiteral("Tischlerei Krüger"));
    REQUIRE(OrganisationRepository(*db).save(joinery).ok());

    // A server restart between two saves goes unnoticed.
    Verbund::Testing::cutConnections(db.path(), true);
    joinery.city = QStringLiteral("Gera");
    REQUIRE(OrganisationRepository(*db).save(joinery).ok());
    CHECK_FALSE(lost);

    // While the server is away, a save fails in words and writes nothing.
    Verbund::Testing::cutConnections(db.path(), false);
    joinery.city = QStringLiteral("Jena");
    const Status refused = OrganisationRepository(*db).save(joinery);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::Unreachable);
    CHECK(refused.error().message().contains(QStringLiteral("connection to the server is lost")));
    CHECK_FALSE(refused.error().message().contains(QStringLiteral("FATAL")));
    CHECK(lost);
    auto unread = OrganisationRepository(*db).get(joinery.meta.id);
    REQUIRE_FALSE(unread.ok());
    CHECK(unread.error().code() == ErrorCode::Unreachable);

    // Back: the same save goes through, reads work and the lists hear that anything may have
    // changed meanwhile.
    Verbund::Testing::cutConnections(db.path(), true);
    QElapsedTimer waited;
    waited.start();
    Status saved = OrganisationRepository(*db).save(joinery);
    while (!saved.ok() && waited.elapsed() < 5000) { // one attempt every two seconds
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        saved = OrganisationRepository(*db).save(joinery);
    }
    REQUIRE(saved.ok());
    auto found = OrganisationRepository(*db).get(joinery.meta.id);
    REQUIRE(found.ok());
    CHECK(found->city == QStringLiteral("Jena"));
    heard.sets.clear();
    QCoreApplication::processEvents();
    REQUIRE_FALSE(heard.sets.isEmpty());
    CHECK(heard.sets.first().touches(RecordKind::Participant));
}
