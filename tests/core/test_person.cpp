// A person's rights over their data: the copy of everything stored about them (GDPR Art. 15)
// in a machine-readable form (Art. 20).
#include "application/personservice.h"
#include "demo/demonetwork.h"
#include "runverbund.h"
#include "tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Verbund;
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
    auto exported = PersonService(*db).exportParticipant(id);
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
