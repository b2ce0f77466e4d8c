// A person's rights over their data: the copy of everything stored about them (GDPR Art. 15)
// in a machine-readable form (Art. 20), their consents, the erasure that keeps the counts
// (Art. 17) and the retention review.
#include "application/networkservice.h"
#include "application/participantservice.h"
#include "application/personservice.h"
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "reports/reportregistry.h"
#include "runverbund.h"
#include "storage/settings.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Verbund;
using Verbund::Testing::onServer;
using Verbund::Testing::Run;
using Verbund::Testing::TempDatabase;
using Verbund::Testing::verbund;

TEST_CASE("a participant's data export holds every enrollment, attendance mark and history "
          "entry about them") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    // The person with the most enrollments, and of them the most attendance marks.
    auto chosen = db->readValue(
        QStringLiteral("SELECT e.participant_id FROM enrollment e LEFT JOIN attendance a ON "
                       "a.enrollment_id = e.id GROUP BY e.participant_id ORDER BY "
                       "count(DISTINCT e.id) DESC, count(a.session_id) DESC, e.participant_id "
                       "LIMIT 1"));
    REQUIRE(chosen.ok());
    const qint64 id = chosen->toLongLong();
    const auto count = [&](const char* sql) {
        auto value = db->readValue(QString::fromLatin1(sql), {id});
        REQUIRE(value.ok());
        return value->toInt();
    };
    auto exported = PersonService(*db).exportPerson(PersonKind::Participant, id);
    REQUIRE(exported.ok());
    const QJsonObject data = exported->object();
    CHECK(data.value(QStringLiteral("format")).toString() == QStringLiteral("verbund-person"));
    const QJsonObject person = data.value(QStringLiteral("person")).toObject();
    CHECK(person.value(QStringLiteral("id")).toInteger() == id);
    auto name =
        db->readValue(QStringLiteral("SELECT last_name FROM participant WHERE id = ?"), {id});
    CHECK(person.value(QStringLiteral("last_name")).toString() == name->toString());

    const QJsonArray enrollments = data.value(QStringLiteral("enrollments")).toArray();
    CHECK(enrollments.size() == count("SELECT count(*) FROM enrollment WHERE participant_id = ?"));
    int marks = 0;
    QSet<QString> states;
    for (const QJsonValue& enrollment : enrollments) {
        for (const QJsonValue& mark :
             enrollment.toObject().value(QStringLiteral("attendance")).toArray()) {
            ++marks;
            states << mark.toObject().value(QStringLiteral("state")).toString();
            CHECK_FALSE(mark.toObject().value(QStringLiteral("date")).toString().isEmpty());
        }
    }
    CHECK(marks > 0);
    CHECK(marks == count("SELECT count(*) FROM attendance a JOIN enrollment e ON "
                         "e.id = a.enrollment_id WHERE e.participant_id = ?"));
    CHECK(states.contains(QStringLiteral("present")));

    const QJsonArray history = data.value(QStringLiteral("history")).toArray();
    QSet<QString> tables;
    for (const QJsonValue& entry : history)
        tables << entry.toObject().value(QStringLiteral("table")).toString();
    CHECK(tables.contains(QStringLiteral("participant")));
    CHECK(tables.contains(QStringLiteral("enrollment")));
    CHECK(tables.contains(QStringLiteral("attendance")));

    // The command line writes the same as a file.
    const QString path = db.filePath(QStringLiteral("person.json"));
    const QString database = db.path();
    db.close();
    const Run run =
        verbund({QStringLiteral("person"), QStringLiteral("export"), QString::number(id),
                 QStringLiteral("-d"), database, QStringLiteral("-o"), path});
    CHECK(run.exitCode == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(written.value(QStringLiteral("enrollments")).toArray().size() == enrollments.size());
    const Run missing =
        verbund({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("99999"),
                 QStringLiteral("-d"), database, QStringLiteral("-o"), path});
    CHECK(missing.exitCode == 1);
}

namespace {

// What a report adds up: the text of its total rows, and how many documents (certificates)
// it holds.
QStringList totalsOf(const ReportDocument& document) {
    QStringList totals;
    for (const ReportBlock& block : document.blocks) {
        if (const auto* table = std::get_if<ReportTable>(&block)) {
            for (const ReportRow& row : table->rows) {
                if (!row.emphasised)
                    continue;
                QStringList cells;
                for (const ReportCell& cell : row.cells)
                    cells << cell.paragraphs.join(QLatin1Char(' '));
                totals << cells.join(QLatin1Char('|'));
            }
        } else if (const auto* pageBreak = std::get_if<ReportPageBreak>(&block)) {
            totals << (pageBreak->newDocument ? QStringLiteral("document") : QString());
        }
    }
    return totals;
}

// Every report's totals over the whole network: per measure its overview and certificates,
// and the funding report of all the years.
QStringList networkTotals(Database& db) {
    QStringList totals;
    auto measures = db.runRead(QStringLiteral("SELECT id FROM measure ORDER BY id"));
    REQUIRE(measures.ok());
    QList<qint64> ids;
    while (measures->query().next())
        ids << measures->query().value(0).toLongLong();
    for (const char* name : {"measure-overview", "certificates"}) {
        const Report* report = ReportRegistry::find(QLatin1String(name));
        REQUIRE(report);
        for (const qint64 id : std::as_const(ids)) {
            auto document = report->build(db, ReportRequest::about(id));
            REQUIRE(document.ok());
            totals << totalsOf(*document);
        }
    }
    ReportRequest years;
    years.from = QDate(2020, 1, 1);
    years.to = QDate(2030, 12, 31);
    auto funding = ReportRegistry::find(QStringLiteral("funding-report"))->build(db, years);
    REQUIRE(funding.ok());
    totals << totalsOf(*funding);
    for (const char* table : {"participant", "enrollment", "attendance", "certificate",
                              "enrollment_credit", "consent"}) {
        auto rows =
            db.readValue(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(rows.ok());
        totals << QStringLiteral("%1: %2").arg(QLatin1String(table)).arg(rows->toInt());
    }
    auto ue = db.readValue(QStringLiteral("SELECT sum(ue) FROM attendance"));
    REQUIRE(ue.ok());
    totals << ue->toString();
    return totals;
}

} // namespace

TEST_CASE("an erasure keeps every report's totals and leaves the person's name, birth date and "
          "notes nowhere, the history and the log included") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    // Someone with a certificate, so the certificates' count is tried too.
    auto chosen = db->readValue(QStringLiteral(
        "SELECT e.participant_id FROM enrollment e JOIN attendance a ON a.enrollment_id = e.id "
        "WHERE e.exam_result = 'passed' GROUP BY e.participant_id "
        "ORDER BY count(*) DESC, e.participant_id LIMIT 1"));
    REQUIRE(chosen.ok());
    const qint64 id = chosen->toLongLong();
    PersonService people(*db);
    auto person = ParticipantService(*db).get(id);
    REQUIRE(person.ok());
    person->notes = QStringLiteral("Vertraulich: Kinderbetreuung bis 14 Uhr");
    person->phone = QStringLiteral("0170 5557788");
    REQUIRE(ParticipantService(*db).save(*person).ok());
    const QString birthDate = isoDate(person->birthDate);
    REQUIRE_FALSE(birthDate.isEmpty());
    Consent consent;
    consent.participantId = id;
    consent.purpose = ConsentPurpose::Photos;
    consent.givenOn = QDate(2024, 2, 1);
    consent.textVersion = QStringLiteral("Einwilligung 2024-01");
    REQUIRE(people.save(consent).ok());
    consent.withdrawnOn = QDate(2025, 6, 30);
    REQUIRE(people.save(consent).ok());

    // The withdrawal is in the person's copy.
    auto exported = people.exportPerson(PersonKind::Participant, id);
    REQUIRE(exported.ok());
    const QJsonArray consents = exported->object().value(QStringLiteral("consents")).toArray();
    REQUIRE(consents.size() == 1);
    CHECK(consents.first().toObject().value(QStringLiteral("withdrawn_on")).toString() ==
          QStringLiteral("2025-06-30"));
    CHECK(consents.first().toObject().value(QStringLiteral("purpose")).toString() ==
          QStringLiteral("photos"));

    const QStringList before = networkTotals(*db);
    auto extent = people.erasureExtent(PersonKind::Participant, id);
    REQUIRE(extent.ok());
    CHECK(extent->name.contains(person->lastName));
    CHECK(extent->enrollments >= 1);
    CHECK_FALSE(people.erase(PersonKind::Participant, id, QStringLiteral("  ")).ok());
    const QString basis = QStringLiteral("Antrag der Person vom 20.11.2026, Art. 17 Abs. 1 DSGVO");
    const Status erased = people.erase(PersonKind::Participant, id, basis);
    INFO((erased ? QString() : erased.error().fullText()).toStdString());
    REQUIRE(erased.ok());
    CHECK(networkTotals(*db) == before);

    // The record is an anonymous person with the year of birth; erasing again is refused.
    auto anonymous = ParticipantService(*db).get(id);
    REQUIRE(anonymous.ok());
    CHECK(anonymous->isErased());
    CHECK(anonymous->firstName.isEmpty());
    CHECK(anonymous->lastName != person->lastName);
    CHECK_FALSE(anonymous->birthDate.isValid());
    CHECK(anonymous->birthYear == person->birthDate.year());
    CHECK(anonymous->gender == person->gender);
    CHECK(anonymous->notes.isEmpty());
    CHECK(anonymous->phone.isEmpty());
    CHECK(people.erase(PersonKind::Participant, id, basis).error().code() == ErrorCode::NotFound);

    // Nowhere in the history's values; the entries that held some say they were erased.
    const QStringList secrets{person->firstName, person->lastName, birthDate, person->notes,
                              person->phone};
    {
        auto entries = db->runRead(QStringLiteral("SELECT changes, erased FROM history WHERE "
                                                  "owner_table = 'participant' AND owner_id = ?"),
                                   {id});
        REQUIRE(entries.ok());
        int erasedEntries = 0;
        while (entries->query().next()) {
            const QString changes = entries->query().value(0).toString();
            for (const QString& secret : secrets)
                CHECK_FALSE(changes.contains(secret));
            const bool personal = changes.contains(QStringLiteral("\"last_name\"")) ||
                                  changes.contains(QStringLiteral("\"notes\""));
            CHECK(entries->query().value(1).toBool() == personal);
            erasedEntries += personal ? 1 : 0;
        }
        CHECK(erasedEntries >= 3); // made, notes and phone changed, erased
    }
    // The log: when, by whom, the basis and the record's number, nothing of the person.
    auto log = people.erasureLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->first().recordId == id);
    CHECK(log->first().legalBasis == basis);
    CHECK(log->first().actor == db->user().login);
    CHECK(log->first().at.isValid());
    auto logRow = db->readValue(QStringLiteral(
        "SELECT at || actor || record_table || record_id || legal_basis FROM erasure_log"));
    REQUIRE(logRow.ok());
    for (const QString& secret : secrets)
        CHECK_FALSE(logRow->toString().contains(secret));
    // Still their copy: the consents and the enrollments, without the names.
    auto after = people.exportPerson(PersonKind::Participant, id);
    REQUIRE(after.ok());
    CHECK(after->object().value(QStringLiteral("consents")).toArray().size() == 1);
    CHECK(after->object().value(QStringLiteral("enrollments")).toArray().size() ==
          extent->enrollments);
    const QByteArray copy = after->toJson();
    for (const QString& secret : secrets)
        CHECK_FALSE(copy.contains(secret.toUtf8()));

    // In a file not even in its free pages or its log.
    if (!onServer()) {
        const QString path = db.path();
        db.close();
        for (const QString& file : {path, path + QStringLiteral("-wal")}) {
            QFile bytes(file);
            if (!bytes.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = bytes.readAll();
            for (const QString& secret : secrets) {
                INFO(secret.toStdString());
                CHECK_FALSE(content.contains(secret.toUtf8()));
            }
        }
    }
}

TEST_CASE("the retention review lists exactly the people whose last measure ended longer ago "
          "than the rule – the command line erases and lists") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    const QDate today = QDate::currentDate();
    // Every measure's end moved so that exactly the chosen ones are past ten years.
    REQUIRE(NetworkSettings(*db).setRetentionYears(10).ok());
    {
        Transaction transaction(*db);
        REQUIRE(transaction.begun().ok());
        REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE measure SET end_date = ?"),
                       {isoDate(today.addYears(-2))})
                    .ok());
        REQUIRE(runSql(db->connection(),
                       QStringLiteral("UPDATE measure SET end_date = ? WHERE id = (SELECT "
                                      "min(id) FROM measure WHERE id IN (SELECT measure_id "
                                      "FROM enrollment))"),
                       {isoDate(today.addYears(-10).addDays(-1))})
                    .ok());
        REQUIRE(transaction.commit().ok());
    }
    QList<qint64> wanted;
    {
        // Past: those of the old measure only, unless also in a newer one.
        auto expected = db->runRead(
            QStringLiteral(
                "SELECT p.id FROM participant p WHERE EXISTS (SELECT 1 FROM enrollment e WHERE "
                "e.participant_id = p.id) AND NOT EXISTS (SELECT 1 FROM enrollment e JOIN measure "
                "m ON "
                "m.id = e.measure_id WHERE e.participant_id = p.id AND (m.end_date IS NULL OR "
                "m.end_date >= ?)) ORDER BY p.id"),
            {isoDate(today.addYears(-10))});
        REQUIRE(expected.ok());
        while (expected->query().next())
            wanted << expected->query().value(0).toLongLong();
    }
    REQUIRE_FALSE(wanted.isEmpty());
    PersonService people(*db);
    auto past = people.pastRetention();
    REQUIRE(past.ok());
    QList<qint64> listed;
    for (const RetentionRow& row : std::as_const(*past))
        listed << row.id;
    std::sort(listed.begin(), listed.end());
    CHECK(listed == wanted);
    CHECK(past->first().lastNeeded == today.addYears(-10).addDays(-1));
    // A longer rule keeps them.
    REQUIRE(NetworkSettings(*db).setRetentionYears(11).ok());
    CHECK(people.pastRetention()->isEmpty());
    REQUIRE(NetworkSettings(*db).setRetentionYears(10).ok());

    const QString database = db.path();
    db.close();
    const Run review = verbund(
        {QStringLiteral("person"), QStringLiteral("review"), QStringLiteral("-d"), database});
    CHECK(review.exitCode == 0);
    CHECK(review.out.trimmed().split(QLatin1Char('\n')).size() == wanted.size() + 1);
    const Run unexplained =
        verbund({QStringLiteral("person"), QStringLiteral("erase"), QString::number(wanted.first()),
                 QStringLiteral("-d"), database});
    CHECK(unexplained.exitCode == 2);
    const Run erase =
        verbund({QStringLiteral("person"), QStringLiteral("erase"), QString::number(wanted.first()),
                 QStringLiteral("-d"), database, QStringLiteral("--reason"),
                 QStringLiteral("Retention period over")});
    CHECK(erase.exitCode == 0);
    const Run again = verbund(
        {QStringLiteral("person"), QStringLiteral("review"), QStringLiteral("-d"), database});
    CHECK(again.out.trimmed().split(QLatin1Char('\n')).size() == wanted.size());
    const QString pdf = db.filePath(QStringLiteral("person.pdf"));
    const Run sheet =
        verbund({QStringLiteral("person"), QStringLiteral("export"), QString::number(wanted.last()),
                 QStringLiteral("-d"), database, QStringLiteral("-o"), pdf});
    CHECK(sheet.exitCode == 0);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("a contact's data is exported and erased as a participant's: the record stays at its "
          "organisation, the names leave it and its history") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto chosen = db->readValue(QStringLiteral("SELECT min(id) FROM contact"));
    REQUIRE(chosen.ok());
    const qint64 id = chosen->toLongLong();
    auto contact = NetworkService(*db).contact(id);
    REQUIRE(contact.ok());
    contact->phone = QStringLiteral("0170 5551234");
    REQUIRE(NetworkService(*db).save(*contact).ok());
    PersonService people(*db);
    auto exported = people.exportPerson(PersonKind::Contact, id);
    REQUIRE(exported.ok());
    const QJsonObject data = exported->object();
    CHECK(data.value(QStringLiteral("kind")).toString() == QStringLiteral("contact"));
    const QJsonObject person = data.value(QStringLiteral("person")).toObject();
    CHECK(person.value(QStringLiteral("last_name")).toString() == contact->lastName);
    CHECK_FALSE(person.value(QStringLiteral("organisation")).toString().isEmpty());
    CHECK(data.value(QStringLiteral("history")).toArray().size() == 2); // made, phone changed

    const QString database = db.path();
    const QString path = db.filePath(QStringLiteral("contact.pdf"));
    db.close();
    const Run sheet = verbund({QStringLiteral("person"), QStringLiteral("export"),
                               QString::number(id), QStringLiteral("--contact"),
                               QStringLiteral("-d"), database, QStringLiteral("-o"), path});
    CHECK(sheet.exitCode == 0);
    CHECK(QFile::exists(path));
    const Run erase =
        verbund({QStringLiteral("person"), QStringLiteral("erase"), QString::number(id),
                 QStringLiteral("--contact"), QStringLiteral("-d"), database,
                 QStringLiteral("--reason"), QStringLiteral("Antrag der Person")});
    CHECK(erase.exitCode == 0);
    db.reopen();
    auto erased = NetworkService(*db).contact(id);
    REQUIRE(erased.ok());
    CHECK(erased->erasedOn.isValid());
    CHECK(erased->organisationId == contact->organisationId);
    CHECK(erased->function == contact->function);
    CHECK(erased->firstName.isEmpty());
    CHECK(erased->phone.isEmpty());
    auto history = db->readValue(
        QStringLiteral("SELECT count(*) FROM history WHERE table_name = 'contact' AND "
                       "record_id = ? AND (changes LIKE ? OR changes LIKE ?)"),
        {id, QStringLiteral("%") + contact->lastName + QStringLiteral("%"),
         QStringLiteral("%0170 5551234%")});
    REQUIRE(history.ok());
    CHECK(history->toInt() == 0);
    auto log = PersonService(*db).erasureLog();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->first().table == QStringLiteral("contact"));
}
