// The history of changes: every insert, update and delete recorded by the database itself in
// the same transaction, on both backends, kept as written, shown per record.
#include "application/historyservice.h"
#include "application/measureservice.h"
#include "common/systemuser.h"
#include "demo/demonetwork.h"
#include "runverbund.h"
#include "storage/historyrepository.h"
#include "storage/historytable.h"
#include "storage/measurerepository.h"
#include "storage/migrations.h"
#include "storage/organisationrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

using namespace Verbund;
using Verbund::Testing::onServer;
using Verbund::Testing::Run;
using Verbund::Testing::TempDatabase;
using Verbund::Testing::verbund;

namespace {

QList<HistoryEntry> entriesAbout(const Database& db, const QString& table, qint64 id) {
    auto entries = HistoryRepository(db).entriesAbout(table, id);
    REQUIRE(entries.ok());
    return *entries;
}

// Who the history names for this connection: the server's login, a file's system user.
QString actor(const Database& db) {
    return onServer() ? db.readValue(QStringLiteral("SELECT session_user")).value().toString()
                      : systemUserName();
}

const FieldChange* changeOf(const HistoryEntry& entry, const char* column) {
    for (const FieldChange& change : entry.changes) {
        if (change.column == QLatin1String(column))
            return &change;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the history records insert, update and delete with old and new values, by whom") {
    TempDatabase db;
    Organisation joinery;
    joinery.name = QStringLiteral("Tischlerei Krüger");
    joinery.kind = OrganisationKind::Company;
    joinery.city = QStringLiteral("Wismar");
    OrganisationRepository organisations(*db);
    REQUIRE(organisations.save(joinery).ok());
    joinery.name = QStringLiteral("Tischlerei Krüger & Söhne");
    joinery.employees = 12;
    REQUIRE(organisations.save(joinery).ok());
    // A save that changes nothing is no change.
    REQUIRE(organisations.save(joinery).ok());
    REQUIRE(organisations.remove(joinery).ok());

    // A deleted record's history stays readable.
    const QList<HistoryEntry> entries =
        entriesAbout(*db, QStringLiteral("organisation"), joinery.meta.id);
    REQUIRE(entries.size() == 3);
    const HistoryEntry& inserted = entries.at(0);
    CHECK(inserted.action == HistoryAction::Insert);
    CHECK(inserted.actor == actor(*db));
    CHECK_FALSE(inserted.actor.isEmpty());
    CHECK(qAbs(inserted.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    REQUIRE(changeOf(inserted, "name"));
    CHECK(changeOf(inserted, "name")->before.isNull());
    CHECK(changeOf(inserted, "name")->after == QStringLiteral("Tischlerei Krüger"));
    CHECK(changeOf(inserted, "notes") == nullptr); // empty fields are not listed

    const HistoryEntry& updated = entries.at(1);
    CHECK(updated.action == HistoryAction::Update);
    REQUIRE(updated.changes.size() == 2); // name and employees; the rest stayed
    CHECK(changeOf(updated, "name")->before == QStringLiteral("Tischlerei Krüger"));
    CHECK(changeOf(updated, "name")->after == QStringLiteral("Tischlerei Krüger & Söhne"));
    CHECK(changeOf(updated, "employees")->before.isNull());
    CHECK(changeOf(updated, "employees")->after.toInt() == 12);

    const HistoryEntry& deleted = entries.at(2);
    CHECK(deleted.action == HistoryAction::Delete);
    CHECK(changeOf(deleted, "city")->before == QStringLiteral("Wismar"));
    CHECK(changeOf(deleted, "city")->after.isNull());
}

TEST_CASE("a rolled-back change leaves no history, and the history cannot be altered") {
    TempDatabase db;
    Organisation joinery;
    joinery.name = QStringLiteral("Tischlerei Krüger");
    joinery.kind = OrganisationKind::Company;
    {
        Transaction transaction(*db);
        REQUIRE(OrganisationRepository(*db).save(joinery).ok());
    } // not committed
    CHECK(db->readValue(QStringLiteral("SELECT count(*) FROM history")).value().toInt() == 0);
    joinery.meta = {};
    REQUIRE(OrganisationRepository(*db).save(joinery).ok());
    for (const char* change : {"UPDATE history SET actor = 'someone else'",
                               "UPDATE history SET changes = '{}'", "DELETE FROM history"}) {
        Transaction transaction(*db);
        CHECK_FALSE(runSql(db->connection(), QString::fromLatin1(change)).ok());
    }
    const QList<HistoryEntry> entries =
        entriesAbout(*db, QStringLiteral("organisation"), joinery.meta.id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().actor == actor(*db));
}

TEST_CASE("a record's history holds its own rows' changes, and only what changed") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto found = MeasureRepository(*db).find(
        QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"));
    REQUIRE(found.ok());
    Measure measure = *found;
    const qint64 before =
        db->readValue(QStringLiteral("SELECT max(id) FROM history")).value().toLongLong();
    // Saved with one place of learning's role changed: that is the change, not a fresh set
    // of rows.
    REQUIRE_FALSE(measure.locations.isEmpty());
    REQUIRE(measure.locations.last().role != LocationRole::Other);
    measure.locations.last().role = LocationRole::Other;
    const Status saved = MeasureRepository(*db).save(measure);
    INFO((saved.ok() ? QString() : saved.error().fullText()).toStdString());
    REQUIRE(saved.ok());
    auto written = runSql(db->connection(),
                          QStringLiteral("SELECT table_name, action, owner_table, owner_id "
                                         "FROM history WHERE id > ?"),
                          {before});
    REQUIRE(written.ok());
    QStringList rows;
    while (written->next()) {
        rows << written->value(0).toString() + QLatin1Char(' ') + written->value(1).toString();
        CHECK(written->value(2).toString() == QStringLiteral("measure"));
        CHECK(written->value(3).toLongLong() == measure.meta.id);
    }
    CHECK(rows == QStringList{QStringLiteral("measure_location update")});

    // As the window and the command line show it: in words, the measure's own first.
    auto lines = HistoryService(*db).about(RecordKind::Measure, measure.meta.id);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() >= 2);
    CHECK(lines->first().subject == QStringLiteral("Measure"));
    CHECK(lines->first().action == QStringLiteral("created"));
    CHECK(lines->first().changes.contains(
        QStringLiteral("Title: Maschinen- und Anlagenführer/in Kunststofftechnik")));
    CHECK(lines->last().subject == QStringLiteral("Place of learning"));
    CHECK(lines->last().action == QStringLiteral("changed"));
    REQUIRE(lines->last().changes.size() == 1);
    CHECK(lines->last().changes.first().startsWith(QStringLiteral("Role: ")));
    CHECK(lines->last().changes.first().endsWith(QStringLiteral(" → ") +
                                                 enumLabel(LocationRole::Other)));
}

TEST_CASE("verbund history prints a record's changes, also of a deleted one, and refuses "
          "what it does not know") {
    TempDatabase db;
    Organisation joinery;
    joinery.name = QStringLiteral("Tischlerei Krüger");
    joinery.kind = OrganisationKind::Company;
    REQUIRE(OrganisationRepository(*db).save(joinery).ok());
    joinery.name = QStringLiteral("Tischlerei Köhler");
    REQUIRE(OrganisationRepository(*db).save(joinery).ok());
    REQUIRE(OrganisationRepository(*db).remove(joinery).ok());
    const QString id = QString::number(joinery.meta.id);
    const QString path = db.path();
    db.close();

    const Run shown = verbund({QStringLiteral("history"), QStringLiteral("-d"), path,
                               QStringLiteral("organisation"), id, QStringLiteral("--lang"),
                               QStringLiteral("de")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Name: Tischlerei Krüger → Tischlerei Köhler")));
    CHECK(shown.out.contains(QStringLiteral("Organisation angelegt")));
    CHECK(shown.out.contains(QStringLiteral("Organisation gelöscht")));

    const Run unknown =
        verbund({QStringLiteral("history"), QStringLiteral("-d"), path, QStringLiteral("widget"),
                 id, QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("„widget“")));
    const Run nothing = verbund({QStringLiteral("history"), QStringLiteral("-d"), path,
                                 QStringLiteral("participant"), QStringLiteral("999"),
                                 QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("999")));
}

TEST_CASE("every field of every table of the network is in its history") {
    TempDatabase db;
    const QSet<QString> bookkeeping{QStringLiteral("id"), QStringLiteral("created_at"),
                                    QStringLiteral("updated_at"), QStringLiteral("revision")};
    QSet<QString> recorded;
    for (const HistoryTable& table : historyTables()) {
        recorded << table.table;
        auto columns =
            runSql(db->connection(),
                   onServer() ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                               "WHERE table_schema = current_schema() AND "
                                               "table_name = ?")
                              : QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                   {table.table});
        REQUIRE(columns.ok());
        QSet<QString> own;
        while (columns->next())
            own << columns->value(0).toString();
        own -= bookkeeping;
        INFO(table.table.toStdString());
        // Each column listed, or naming the row and its owner with every entry.
        QSet<QString> listed(table.columns.cbegin(), table.columns.cend());
        listed << table.recordColumn << table.ownerColumn;
        listed -= bookkeeping;
        listed.remove(QString());
        CHECK(own == listed);
    }
    // Every table of the network but the certificate numbers' counters, the history and the
    // erasure log, which are logs themselves.
    QSet<QString> network(networkTables().cbegin(), networkTables().cend());
    network -= {QStringLiteral("serial_counter"), QStringLiteral("history"),
                QStringLiteral("erasure_log")};
    CHECK(recorded == network);
}
