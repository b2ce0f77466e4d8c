#include "demo/demonetwork.h"
#include "domain/validation.h"
#include "storage/curriculumrepository.h"
#include "tempdatabase.h"

#include <QLocale>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

Topic topic(const QString& title, int ue, const QStringList& contents = {}) {
    Topic t;
    t.title = title;
    t.ue = ue;
    t.contents = contents;
    return t;
}

Curriculum seedCurriculum() {
    Curriculum c;
    c.title = QStringLiteral("Qualifizierung der ausbildenden Fachkräfte");
    c.targetGroup = QStringLiteral("Ausbildende Fachkräfte");
    c.topics = {
        topic(QStringLiteral("Die ausbildende Fachkraft in der betrieblichen Nachqualifizierung"),
              2, {QStringLiteral("Aufgaben der ausbildenden Fachkraft in der Nachqualifizierung")}),
        topic(QStringLiteral("Das Konzept der betrieblichen Nachqualifizierung"), 2,
              {QStringLiteral("Die Externenprüfung")}),
        topic(QStringLiteral("Umgang mit den An- und Ungelernten"), 6,
              {QStringLiteral("Verhalten in Konfliktsituationen")}),
        topic(QStringLiteral("Arbeitsprozesse zum Lernen nutzen"), 6,
              {QStringLiteral("Beobachtung"), QStringLiteral("Unterstützung")}),
    };
    return c;
}

QStringList fieldsOf(const QList<FieldError>& errors) {
    QStringList fields;
    for (const FieldError& error : errors)
        fields << error.field;
    return fields;
}

} // namespace

TEST_CASE("a curriculum's total UE and hours are summed from its topics", "[nodb]") {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Curriculum c = seedCurriculum();
    CHECK(c.totalUe() == 16);
    CHECK(c.totalMinutes() == 16 * 45);
    CHECK(formatHours(c.totalMinutes()) == QStringLiteral("12"));

    c.topics[0].ue = 3; // 17 UE at 45 minutes: 12.75 hours
    CHECK(c.totalUe() == 17);
    CHECK(formatHours(c.totalMinutes()) == QStringLiteral("12,75"));

    SECTION("at 60 minutes per UE an hour is a UE") {
        c.minutesPerUe = 60;
        CHECK(c.totalMinutes() == 17 * 60);
        CHECK(formatHours(c.totalMinutes()) == QStringLiteral("17"));
    }
    SECTION("two UE of 45 minutes are an hour and a half") {
        CHECK(formatHours(2 * 45) == QStringLiteral("1,5"));
    }
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("moving a topic keeps its contents and UE with it", "[nodb]") {
    Curriculum c = seedCurriculum();
    const Topic last = c.topics.last();
    c.moveTopic(3, 0);
    CHECK(c.topics.first() == last);
    CHECK(c.topics.at(1).title == QStringLiteral("Die ausbildende Fachkraft in der betrieblichen "
                                                 "Nachqualifizierung"));
    c.moveTopic(0, 3);
    CHECK(c.topics.last() == last);
    CHECK(c.totalUe() == 16);

    c.insertTopic(1, topic(QStringLiteral("Neu"), 4));
    CHECK(c.topics.at(1).title == QStringLiteral("Neu"));
    CHECK(c.totalUe() == 20);
    c.removeTopic(1);
    CHECK(c.totalUe() == 16);
    CHECK(c.topics.size() == 4);
}

TEST_CASE("a version label counts on", "[nodb]") {
    CHECK(nextVersionLabel(QStringLiteral("1")) == QStringLiteral("2"));
    CHECK(nextVersionLabel(QStringLiteral("1.9")) == QStringLiteral("1.10"));
    CHECK(nextVersionLabel(QStringLiteral("2026-01")) == QStringLiteral("2026-02"));
    CHECK(nextVersionLabel(QStringLiteral("Entwurf")) == QStringLiteral("Entwurf 2"));
    CHECK(nextVersionLabel(QString()) == QStringLiteral("2"));
}

TEST_CASE("contents text splits into items at line breaks and bullets", "[nodb]") {
    CHECK(contentItems(QStringLiteral("• eins\n• zwei  \n\n drei • vier")) ==
          QStringList{QStringLiteral("eins"), QStringLiteral("zwei"), QStringLiteral("drei"),
                      QStringLiteral("vier")});
}

TEST_CASE("curriculum validation names each broken rule", "[nodb]") {
    Curriculum c = seedCurriculum();
    CHECK(validate(c).isEmpty());

    SECTION("the title is required") {
        c.title = QStringLiteral("   ");
        CHECK(fieldsOf(validate(c)) == QStringList{QLatin1String(Field::Title)});
    }
    SECTION("minutes per UE lie in 1 to 240") {
        c.minutesPerUe = 0;
        CHECK(fieldsOf(validate(c)) == QStringList{QLatin1String(Field::MinutesPerUe)});
        c.minutesPerUe = 241;
        CHECK(fieldsOf(validate(c)) == QStringList{QLatin1String(Field::MinutesPerUe)});
        c.minutesPerUe = 240;
        CHECK(validate(c).isEmpty());
        c.minutesPerUe = 1;
        CHECK(validate(c).isEmpty());
    }
    SECTION("every topic has a title") {
        c.topics[2].title.clear();
        const QList<FieldError> errors = validate(c);
        CHECK(fieldsOf(errors) == QStringList{topicField(2)});
        CHECK(errors.first().message.contains(QLatin1String("3")));
    }
    SECTION("a topic's UE lie in 1 to 1000") {
        c.topics[1].ue = 0;
        CHECK(fieldsOf(validate(c)) == QStringList{topicField(1)});
        c.topics[1].ue = 1001;
        CHECK(fieldsOf(validate(c)) == QStringList{topicField(1)});
        c.topics[1].ue = 1000;
        CHECK(validate(c).isEmpty());
    }
}

TEST_CASE("a saved curriculum comes back with its topics in order") {
    TempDatabase db;
    CurriculumRepository repository(*db);
    Curriculum c = seedCurriculum();
    c.goal = QStringLiteral("Lernprozesse im Betrieb gestalten");
    c.minutesPerUe = 60;
    c.status = CurriculumStatus::Approved;
    c.version = QStringLiteral("2026-1");
    REQUIRE(repository.save(c).ok());
    REQUIRE(c.meta.id > 0);
    for (const Topic& t : c.topics)
        CHECK(t.id > 0);

    auto loaded = repository.get(c.meta.id);
    REQUIRE(loaded.ok());
    CHECK(*loaded == c);

    SECTION("reordering and editing keeps the topics' ids") {
        Curriculum edited = *loaded;
        const qint64 movedId = edited.topics.at(3).id;
        edited.moveTopic(3, 0);
        edited.topics[1].ue = 4;
        edited.removeTopic(2);
        edited.insertTopic(1, topic(QStringLiteral("Neues Thema"), 8,
                                    {QStringLiteral("erstens"), QStringLiteral("zweitens")}));
        REQUIRE(repository.save(edited).ok());
        auto again = repository.get(c.meta.id);
        REQUIRE(again.ok());
        CHECK(again->topics.size() == 4);
        CHECK(again->topics.at(0).id == movedId);
        CHECK(again->topics.at(0).contents ==
              QStringList{QStringLiteral("Beobachtung"), QStringLiteral("Unterstützung")});
        CHECK(again->topics.at(1).title == QStringLiteral("Neues Thema"));
        CHECK(again->topics.at(1).contents.size() == 2);
        CHECK(again->totalUe() == 6 + 8 + 4 + 6);
        CHECK(*again == edited);
    }
    SECTION("an invalid curriculum is refused and nothing is written") {
        Curriculum broken = *loaded;
        broken.topics[0].ue = 0;
        const Status saved = repository.save(broken);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code() == ErrorCode::Validation);
        CHECK(*repository.get(c.meta.id) == c);
    }
    SECTION("a stale copy is refused") {
        Curriculum first = *loaded;
        Curriculum second = *loaded;
        first.title = QStringLiteral("Erste Änderung");
        REQUIRE(repository.save(first).ok());
        second.topics.clear();
        const Status saved = repository.save(second);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code() == ErrorCode::StaleRevision);
        CHECK(repository.get(c.meta.id)->topics.size() == 4);
    }
    SECTION("deleting removes its topics too") {
        REQUIRE(repository.remove(*loaded).ok());
        CHECK(repository.get(c.meta.id).error().code() == ErrorCode::NotFound);
        CHECK(db->readValue(QStringLiteral("SELECT count(*) FROM curriculum_topic"))->toInt() == 0);
    }
}

TEST_CASE("duplicating a curriculum as a new version copies all its topics") {
    TempDatabase db;
    CurriculumRepository repository(*db);
    Curriculum c = seedCurriculum();
    c.status = CurriculumStatus::Approved;
    REQUIRE(repository.save(c).ok());

    auto copy = repository.duplicateAsNewVersion(c.meta.id);
    REQUIRE(copy.ok());
    CHECK(copy->meta.id != c.meta.id);
    CHECK(copy->version == QStringLiteral("2"));
    CHECK(copy->status == CurriculumStatus::Draft);
    CHECK(copy->title == c.title);
    REQUIRE(copy->topics.size() == c.topics.size());
    for (int i = 0; i < c.topics.size(); ++i) {
        CHECK(copy->topics.at(i).id != c.topics.at(i).id);
        CHECK(copy->topics.at(i).title == c.topics.at(i).title);
        CHECK(copy->topics.at(i).contents == c.topics.at(i).contents);
        CHECK(copy->topics.at(i).ue == c.topics.at(i).ue);
    }
    // The original is untouched.
    CHECK(*repository.get(c.meta.id) == c);

    SECTION("a title shared by versions no longer names one curriculum") {
        auto found = repository.find(c.title);
        REQUIRE_FALSE(found.ok());
        CHECK(found.error().message().contains(QString::number(copy->meta.id)));
        CHECK(repository.find(QString::number(copy->meta.id))->version == QStringLiteral("2"));
    }
}

TEST_CASE("the curriculum list shows totals and filters as you type") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    CurriculumRepository repository(*db);
    CHECK(*repository.count({}) == 2);

    ListRequest request;
    request.sortColumn = CurriculumRepository::Ue;
    auto rows = repository.list(request);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).title == QStringLiteral("Qualifizierung der ausbildenden Fachkräfte"));
    CHECK(rows->at(0).totalUe == 16);
    CHECK(rows->at(0).topics == 4);
    CHECK(rows->at(1).totalUe == 40);
    CHECK(rows->at(1).topics == 6);
    CHECK(rows->at(1).totalMinutes() == 40 * 45);

    request.filter = QStringLiteral("pädagogischen");
    rows = repository.list(request);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().totalUe == 40);
    CHECK(*repository.count(QStringLiteral("nichts dergleichen")) == 0);
}
