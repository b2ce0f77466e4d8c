#include "services/backup.h"
#include "services/backupfolder.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/siterepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Verbund;
using Verbund::Testing::fileChecksum;
using Verbund::Testing::TempDatabase;

namespace {

QVariant pragma(const Database& db, const char* name) {
    auto value = db.readValue(QStringLiteral("PRAGMA ") + QLatin1String(name));
    REQUIRE(value.ok());
    return *value;
}

// Changes a file with a plain SQLite connection, as another program would.
void rawExec(const QString& path, const QString& statement) {
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("a new file is migrated to the current schema in order") {
    TempDatabase db;
    CHECK(db->schemaVersion() == Database::SchemaVersion);
    if (!Verbund::Testing::onServer())
        CHECK(pragma(*db, "application_id").toInt() == Database::ApplicationId);
    const QStringList tables = db->connection().tables();
    for (const char* table : {"organisation", "contact", "consultation", "staff", "site"})
        CHECK(tables.contains(QLatin1String(table)));
}

TEST_CASE("every connection has foreign keys, WAL, a busy timeout and durable commits", "[file]") {
    TempDatabase db;
    CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(*db, "busy_timeout").toInt() >= 1000);
    CHECK(pragma(*db, "synchronous").toInt() == 2); // FULL
}

TEST_CASE("every editable table has id and created_at and updated_at and revision") {
    TempDatabase db;
    for (const char* table : {"organisation", "contact", "consultation", "staff", "site"}) {
        const QSqlRecord columns = db->connection().record(QLatin1String(table));
        INFO(table);
        for (const char* column : {"id", "created_at", "updated_at", "revision"})
            CHECK(columns.contains(QLatin1String(column)));
    }
}

TEST_CASE("reopening a current database changes nothing in its schema") {
    TempDatabase db;
    Site site{{}, QStringLiteral("Pilotregion"), {}, {}};
    REQUIRE(SiteRepository(*db).save(site).ok());
    db.reopen();
    CHECK(db->schemaVersion() == Database::SchemaVersion);
    auto sites = SiteRepository(*db).all();
    REQUIRE(sites.ok());
    CHECK(sites->size() == 1);
}

TEST_CASE("a database from a newer version is refused and left unchanged", "[file]") {
    TempDatabase db;
    const QString path = db.path();
    db.close();
    rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = fileChecksum(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code() == ErrorCode::NewerSchema);
    CHECK(opened.error().message().contains(QStringLiteral("newer version")));
    CHECK(fileChecksum(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("a newer version held only in the log beside the file is refused, both left as they "
          "were",
          "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.verbund"));
    REQUIRE(Database::createFile(path).ok());
    const QString copy = dir.filePath(QStringLiteral("copy.verbund"));
    {
        // A newer Verbund wrote its version into the log, not yet into the file, and the
        // files were copied as they were.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray file = fileChecksum(copy);
    const QByteArray log = fileChecksum(copy + QStringLiteral("-wal"));
    auto opened = Database::open(copy);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code() == ErrorCode::NewerSchema);
    CHECK(fileChecksum(copy) == file);
    CHECK(fileChecksum(copy + QStringLiteral("-wal")) == log);
}

TEST_CASE("an empty file is not turned into a database – a new one is made whole or not at all",
          "[file]") {
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.verbund"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    auto opened = Database::open(empty);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code() == ErrorCode::NotSqlite);
    CHECK(QFileInfo(empty).size() == 0);

    // While a new database is filled, nothing is at its name yet: a kill leaves none there.
    const QString path = dir.filePath(QStringLiteral("neu.verbund"));
    bool absentWhileFilling = false;
    REQUIRE(Database::createFile(path, [&](Database&) {
                absentWhileFilling = !QFileInfo::exists(path);
                return Status();
            }).ok());
    CHECK(absentWhileFilling);
    CHECK(Database::open(path, Database::OpenMode::OpenExisting).ok());
    // A fill that fails leaves nothing, beside the name either.
    const QString failed = dir.filePath(QStringLiteral("halb.verbund"));
    CHECK_FALSE(Database::createFile(failed, [](Database&) {
                    return Status(Error(ErrorCode::Io, QStringLiteral("voll")));
                }).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2); // empty and neu
    // What a killed init left under its hidden name goes with the next one of that name.
    const QString again = dir.filePath(QStringLiteral("wieder.verbund"));
    const QString left = dir.filePath(QStringLiteral(".wieder.verbund.4194302.new"));
    for (const QString& leftover : {left, left + QStringLiteral("-wal")}) {
        QFile stale(leftover);
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("half");
    }
    REQUIRE(Database::createFile(again).ok());
    CHECK_FALSE(QFileInfo::exists(left));
    CHECK_FALSE(QFileInfo::exists(left + QStringLiteral("-wal")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 3);
}

TEST_CASE("a file that is not a database is refused and left unchanged", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.verbund"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 5000; ++i)
        garbage.append(char((i * 37 + 11) % 256));
    file.write(garbage);
    file.close();
    const QByteArray before = fileChecksum(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code() == ErrorCode::NotSqlite);
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("an SQLite database of another program is refused and left unchanged", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawExec(path, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    const QByteArray before = fileChecksum(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code() == ErrorCode::NotVerbund);
    CHECK(fileChecksum(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("creating a database never overwrites an existing file", "[file]") {
    TempDatabase db;
    auto again = Database::open(db.path(), Database::OpenMode::CreateNew);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code() == ErrorCode::FileExists);
}

TEST_CASE("an update carrying a stale revision is refused") {
    TempDatabase db;
    OrganisationRepository repository(*db);
    Organisation organisation;
    organisation.name = QStringLiteral("Nordplast GmbH");
    REQUIRE(repository.save(organisation).ok());
    CHECK(organisation.meta.revision == 1);

    Organisation mine = organisation;
    Organisation theirs = organisation;
    theirs.city = QStringLiteral("Wittenburg");
    REQUIRE(repository.save(theirs).ok());
    CHECK(theirs.meta.revision == 2);

    mine.city = QStringLiteral("Schwerin");
    const Status refused = repository.save(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::StaleRevision);
    CHECK(refused.error().message().contains(QStringLiteral("changed elsewhere")));
    CHECK(mine.meta.revision == 1); // the caller's copy is left as it was
    auto stored = repository.get(organisation.meta.id);
    REQUIRE(stored.ok());
    CHECK(stored->city == QStringLiteral("Wittenburg"));

    SECTION("a delete with a stale revision is refused too") {
        const Status removed = repository.remove(mine);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().code() == ErrorCode::StaleRevision);
    }
    SECTION("an update of a deleted record says it is gone") {
        REQUIRE(repository.remove(theirs).ok());
        const Status gone = repository.save(theirs);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.error().code() == ErrorCode::NotFound);
    }
}

TEST_CASE("a stale revision from another connection on the same file is refused") {
    TempDatabase db;
    Organisation organisation;
    organisation.name = QStringLiteral("DialogPlus");
    REQUIRE(OrganisationRepository(*db).save(organisation).ok());

    auto second = Database::open(db.path());
    REQUIRE(second.ok());
    Organisation elsewhere = *OrganisationRepository(**second).get(organisation.meta.id);
    elsewhere.notes = QStringLiteral("edited in the second window");
    REQUIRE(OrganisationRepository(**second).save(elsewhere).ok());

    organisation.notes = QStringLiteral("edited in the first window");
    const Status refused = OrganisationRepository(*db).save(organisation);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::StaleRevision);
}

TEST_CASE("a transaction that is not committed leaves no trace") {
    TempDatabase db;
    {
        Transaction outer(*db);
        REQUIRE(outer.begun().ok());
        Site site{{}, QStringLiteral("Wismar"), {}, {}};
        REQUIRE(SiteRepository(*db).save(site).ok()); // joins the outer transaction
    }
    auto sites = SiteRepository(*db).all();
    REQUIRE(sites.ok());
    CHECK(sites->isEmpty());
}

TEST_CASE("a kept read neither holds on to old data nor is shared by a read within its loop") {
    TempDatabase db;
    for (const char* name : {"Alpha", "Beta", "Gamma"}) {
        Organisation o;
        o.name = QLatin1String(name);
        REQUIRE(OrganisationRepository(*db).save(o).ok());
    }
    const QString ids = QStringLiteral("SELECT id FROM organisation ORDER BY id");
    const QString count = QStringLiteral("SELECT count(*) FROM organisation");
    // A read that takes one row of three and lets go.
    {
        auto read = db->runRead(ids);
        REQUIRE(read.ok());
        REQUIRE(read->query().next());
    }
    // Another program adds one: the next read sees it.
    auto other = Database::open(db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    Organisation delta;
    delta.name = QStringLiteral("Delta");
    REQUIRE(OrganisationRepository(**other).save(delta).ok());
    CHECK(db->readValue(count)->toInt() == 4);

    // The same SQL read within the loop of another gets a statement of its own.
    auto outer = db->runRead(ids);
    REQUIRE(outer.ok());
    int pairs = 0;
    while (outer->query().next()) {
        auto inner = db->runRead(ids);
        REQUIRE(inner.ok());
        while (inner->query().next())
            ++pairs;
    }
    CHECK(pairs == 16);
}

TEST_CASE("a text read gives each cell as the database holds it, and a failure as an error") {
    TempDatabase db;
    for (const char* name : {"Alpha", "Beta", "Gamma"}) {
        Organisation o;
        o.name = QLatin1String(name);
        REQUIRE(OrganisationRepository(*db).save(o).ok());
    }
    QList<QByteArrayList> rows;
    REQUIRE(db->readText(QStringLiteral("SELECT id, name, website, ? FROM organisation WHERE "
                                        "name <> ? ORDER BY id"),
                         {QStringLiteral("Köln"), QStringLiteral("Beta")},
                         [&rows](const TextRow& row) {
                             QByteArrayList cells;
                             for (int column = 0; column < row.size(); ++column)
                                 cells << row.cell(column).toByteArray();
                             rows << cells;
                         })
                .ok());
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == QByteArrayList{"1", "Alpha", "", "Köln"});
    CHECK(rows.at(1).at(1) == "Gamma");
    const Status wrong =
        db->readText(QStringLiteral("SELECT nothing FROM organisation"), {}, [](const TextRow&) {});
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code() == ErrorCode::Database);
    CHECK(wrong.error().detail().contains(QStringLiteral("nothing")));
}

TEST_CASE("a damaged file is named so in plain words, without the engine's SQL", "[file]") {
    TempDatabase db;
    for (int i = 0; i < 300; ++i) {
        Organisation o;
        o.name = QStringLiteral("Betrieb %1").arg(i);
        REQUIRE(OrganisationRepository(*db).save(o).ok());
    }
    const QString path = db.path();
    db.close();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    // Every page after the first few overwritten, as a broken disk would.
    for (qint64 at = 4 * 4096; at < size; at += 4096) {
        file.seek(at);
        file.write(QByteArray(4096, char(0x5a)));
    }
    file.close();
    auto opened = Database::open(path);
    const Error error = [&] {
        if (!opened)
            return opened.error();
        auto all = OrganisationRepository(**opened).where(QStringLiteral("TRUE"), {});
        REQUIRE_FALSE(all.ok());
        return all.error();
    }();
    INFO(error.fullText().toStdString());
    CHECK(error.message().contains(QStringLiteral("damaged")));
    CHECK_FALSE(error.fullText().contains(QStringLiteral("SELECT")));
}

TEST_CASE("a backup taken while another program writes holds what was committed and passes its "
          "check – a restore keeps the file as it was",
          "[file]") {
    TempDatabase db;
    Organisation first;
    first.name = QStringLiteral("Vorher GmbH");
    REQUIRE(OrganisationRepository(*db).save(first).ok());
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("sicherung.verbund"));
    {
        // An import on another connection is in the middle of its write.
        auto importing = Database::open(db.path(), Database::OpenMode::OpenExisting);
        REQUIRE(importing.ok());
        Transaction transaction(**importing);
        REQUIRE(transaction.begun().ok());
        Organisation during;
        during.name = QStringLiteral("Während AG");
        REQUIRE(OrganisationRepository(**importing).save(during).ok());
        REQUIRE(Backup::write(*db, backup).ok());
    }
    CHECK_FALSE(Backup::write(*db, backup).ok()); // never over a file
    auto copy = Database::open(backup, Database::OpenMode::OpenExisting);
    REQUIRE(copy.ok());
    CHECK(*OrganisationRepository(**copy).count({}) == 1);
    copy->reset();

    Organisation later;
    later.name = QStringLiteral("Später KG");
    REQUIRE(OrganisationRepository(*db).save(later).ok());
    const QString path = db.path();
    db.close();
    const BackupFolder kept(dir.filePath(QStringLiteral("kept")), path);
    auto safety = Backup::restore(backup, path, kept);
    REQUIRE(safety.ok());
    REQUIRE(kept.entries().size() == 1);
    CHECK(kept.entries().constFirst().occasion == BackupFolder::Occasion::BeforeRestore);
    CHECK(kept.entries().constFirst().path == *safety);
    auto restored = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(restored.ok());
    CHECK(*OrganisationRepository(**restored).count({}) == 1);
    auto before = Database::open(*safety, Database::OpenMode::OpenExisting);
    REQUIRE(before.ok());
    CHECK(*OrganisationRepository(**before).count({}) == 2);

    // A damaged backup changes nothing.
    const QString broken = dir.filePath(QStringLiteral("kaputt.verbund"));
    QFile garbage(broken);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();
    restored->reset();
    const QByteArray unchanged = fileChecksum(path);
    CHECK_FALSE(Backup::restore(broken, path, kept).ok());
    CHECK(kept.entries().size() == 1);
    CHECK(fileChecksum(path) == unchanged);
}

TEST_CASE("a server database holding another program's tables is refused and left untouched",
          "[server]") {
    QTemporaryDir dir;
    const QString url = Verbund::Testing::newDatabase(dir, QStringLiteral("fremd.verbund"));
    Verbund::Testing::runOnServer(url,
                                  QStringLiteral("CREATE TABLE kunden (nr INTEGER, name TEXT)"));
    for (const Database::OpenMode mode :
         {Database::OpenMode::OpenOrCreate, Database::OpenMode::OpenExisting,
          Database::OpenMode::ReadOnly}) {
        auto opened = Database::open(url, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code() == ErrorCode::NotVerbund);
    }
    const Status created = Database::createFile(url);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message().contains(QStringLiteral("another program")));
    // Nothing of Verbund's was made beside the other program's table.
    auto inspected = Database::open(url, Database::OpenMode::Inspect);
    REQUIRE_FALSE(inspected.ok());
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("look"));
    {
        auto location = DatabaseLocation::parse(url);
        REQUIRE(location.ok());
        raw.setHostName(location->host());
        raw.setPort(location->port());
        raw.setUserName(location->user());
        raw.setDatabaseName(location->databaseName());
        REQUIRE(raw.open());
        CHECK(raw.tables() == QStringList{QStringLiteral("kunden")});
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}
