#include "application/personservice.h"
#include "demo/demonetwork.h"
#include "runverbund.h"
#include "services/backup.h"
#include "services/backupfolder.h"
#include "services/csvstream.h"
#include "services/importer.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/organisationrepository.h"
#include "storage/settings.h"
#include "storage/sqlitedialect.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

void addOrganisation(Database& database, const QString& name) {
    Organisation organisation;
    organisation.name = name;
    REQUIRE(OrganisationRepository(database).save(organisation).ok());
}

// A Verbund file as the version before this one wrote it, made with plain SQLite.
void writeOlderFile(const QString& path) {
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        const QList<QStringList> steps = migrationSteps(SqliteDialect());
        for (qsizetype step = 0; step + 1 < steps.size(); ++step)
            for (const QString& statement : steps.at(step))
                REQUIRE(query.exec(statement));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(steps.size() - 1)));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO organisation (created_at, updated_at, name, kind, membership) VALUES "
            "('2025-01-01', '2025-01-01', 'Alt GmbH', 'company', 'none')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
}

} // namespace

TEST_CASE("automatic backups rotate: the newest are kept, one a day, each with its occasion",
          "[file]") {
    TempDatabase db;
    QTemporaryDir root;
    const BackupFolder folder(root.path(), db.path(), 3);
    addOrganisation(*db, QStringLiteral("Erste GmbH"));
    auto daily = folder.takeDaily(*db);
    REQUIRE(daily.ok());
    REQUIRE(daily->has_value());
    auto again = folder.takeDaily(*db);
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value()); // today's is there
    for (const auto occasion :
         {BackupFolder::Occasion::BeforeImport, BackupFolder::Occasion::ByHand,
          BackupFolder::Occasion::BeforeRestore}) {
        addOrganisation(*db, QStringLiteral("Noch eine GmbH"));
        REQUIRE(folder.take(*db, occasion).ok());
    }
    const QList<BackupFolder::Entry> entries = folder.entries();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).occasion == BackupFolder::Occasion::BeforeRestore);
    CHECK(entries.at(2).occasion == BackupFolder::Occasion::BeforeImport);
    CHECK(entries.at(0).taken.date() == QDate::currentDate());
    CHECK(entries.at(0).bytes > 0);
    auto newest = BackupFolder::counts(entries.at(0).path);
    REQUIRE(newest.ok());
    CHECK(newest->organisations == 4);
    CHECK(newest->dataVersion == Database::SchemaVersion);
    CHECK(BackupFolder::counts(entries.at(2).path)->organisations == 2);
    CHECK_FALSE(QFile::exists(daily->value().path)); // the oldest went
    // Another file of the same name elsewhere keeps its backups apart.
    QTemporaryDir elsewhere;
    const BackupFolder other(root.path(), elsewhere.filePath(QFileInfo(db.path()).fileName()));
    CHECK(other.path() != folder.path());
    CHECK(other.entries().isEmpty());
}

TEST_CASE("an older file is backed up as it was before it is brought up to date", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alt.verbund"));
    writeOlderFile(path);
    const BackupFolder folder(dir.filePath(QStringLiteral("kept")), path);
    int asked = 0;
    auto opened =
        Database::open(path, Database::OpenMode::OpenExisting, [&](Database& database) -> Status {
            ++asked;
            CHECK(database.schemaVersion() == Database::SchemaVersion - 1);
            auto taken = folder.take(database, BackupFolder::Occasion::BeforeMigration);
            if (!taken)
                return taken.error();
            return {};
        });
    REQUIRE(opened.ok());
    CHECK(asked == 1);
    CHECK((*opened)->schemaVersion() == Database::SchemaVersion);
    REQUIRE(folder.entries().size() == 1);
    auto counts = BackupFolder::counts(folder.entries().constFirst().path);
    REQUIRE(counts.ok()); // read as it is, not brought up to date
    CHECK(counts->dataVersion == Database::SchemaVersion - 1);
    CHECK(counts->organisations == 1);
    opened->reset();
    // A current file is not backed up on opening.
    auto current = Database::open(path, Database::OpenMode::OpenExisting, [&](Database&) {
        ++asked;
        return Status();
    });
    REQUIRE(current.ok());
    CHECK(asked == 1);
}

TEST_CASE("an import keeps the data as it was before among the backups", "[file]") {
    TempDatabase db;
    addOrganisation(*db, QStringLiteral("Vorher GmbH"));
    const BackupFolder folder = BackupFolder::of(db.path());
    const qsizetype before = folder.entries().size();
    const auto importOrganisations = [&db](const QByteArray& bytes) {
        auto stream = CsvStream::openBytes(bytes);
        REQUIRE(stream.ok());
        return Importer::run(*db, ImportKind::Organisations, **stream, {});
    };
    auto report = importOrganisations("Name;Ort\nNeu AG;Köln\n");
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    const QList<BackupFolder::Entry> entries = folder.entries();
    REQUIRE(entries.size() == before + 1);
    CHECK(entries.constFirst().path == report->backup);
    CHECK(entries.constFirst().occasion == BackupFolder::Occasion::BeforeImport);
    CHECK(BackupFolder::counts(report->backup)->organisations == 1);
    CHECK(BackupFolder::newestBackupHint(db.path()).contains(
        QDir::toNativeSeparators(report->backup)));
    // A file refused for its rows writes nothing and leaves no backup behind.
    auto refused = importOrganisations("Name;Mitglied seit\nSpäter AG;31.02.2024\n");
    REQUIRE(refused.ok());
    CHECK_FALSE(refused->written);
    CHECK(folder.entries().size() == before + 1);
    QDir(folder.path()).removeRecursively();
}

TEST_CASE("a write while another program writes waits as told, or says so in plain words",
          "[file]") {
    TempDatabase db;
    auto other = Database::open(db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    auto holding = std::make_unique<Transaction>(**other);
    REQUIRE(holding->begun().ok());
    addOrganisation(**other, QStringLiteral("Anderes Programm GmbH"));

    // Told to give up at once: the plain message, no SQL.
    db->setBusyWait([](int) { return false; });
    Organisation refused;
    refused.name = QStringLiteral("Wartet nicht GmbH");
    auto failed = OrganisationRepository(*db).save(refused);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code() == ErrorCode::Busy);
    CHECK_FALSE(failed.error().message().contains(QStringLiteral("INSERT")));

    // Told to wait: the other program finishes meanwhile, and the write goes through.
    int asked = 0;
    db->setBusyWait([&](int waited) {
        ++asked;
        if (waited >= 100 && holding) {
            CHECK(holding->commit().ok());
            holding.reset();
        }
        return true;
    });
    addOrganisation(*db, QStringLiteral("Wartet GmbH"));
    CHECK(asked > 1);
    CHECK(*OrganisationRepository(*db).count({}) == 2);
}

TEST_CASE("backups taken before an erasure go once its grace period is over, later ones stay",
          "[file]") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    QTemporaryDir root;
    const BackupFolder folder(root.path(), db.path());
    REQUIRE(folder.take(*db, BackupFolder::Occasion::ByHand).ok());
    REQUIRE(NetworkSettings(*db).setErasureGraceDays(30).ok());
    QThread::msleep(1100); // backups are named to the second
    REQUIRE(PersonService(*db)
                .erase(PersonKind::Participant, 1, QStringLiteral("Antrag der Person"))
                .ok());
    REQUIRE(folder.removeBeforeErasures(*db).ok());
    CHECK(folder.entries().size() == 1); // within the grace period: the mistake can be undone

    REQUIRE(NetworkSettings(*db).setErasureGraceDays(0).ok());
    REQUIRE(folder.removeBeforeErasures(*db).ok());
    CHECK(folder.entries().isEmpty());
    QThread::msleep(1100);
    REQUIRE(folder.take(*db, BackupFolder::Occasion::ByHand).ok());
    REQUIRE(folder.removeBeforeErasures(*db).ok());
    CHECK(folder.entries().size() == 1);
}

TEST_CASE("a copy taken while the window has the file open leaves the window's hold on it, so "
          "another program closing the file keeps what the window writes after",
          "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("offen.verbund"));
    REQUIRE(Database::createFile(path).ok());
    auto window = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(window.ok());
    const auto add = [&](const QString& name) {
        Organisation o;
        o.name = name;
        REQUIRE(OrganisationRepository(**window).save(o).ok());
    };
    add(QStringLiteral("Vor der Sicherung GmbH"));
    {
        // The daily backup's read of the same file, in the same program.
        auto copy = Backup::openToCopy(path);
        REQUIRE(copy.ok());
    }
    // Another program opens and closes the file (as the command line does).
    REQUIRE(
        Verbund::Testing::verbund({QStringLiteral("check"), QStringLiteral("-d"), path}).exitCode ==
        0);
    add(QStringLiteral("Nach der Sicherung GmbH"));
    auto reader = Database::open(path, Database::OpenMode::Inspect);
    REQUIRE(reader.ok());
    CHECK(OrganisationRepository(**reader).count({}).value() == 2);
}
