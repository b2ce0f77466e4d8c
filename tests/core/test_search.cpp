// The search everywhere: every kind of record by any of its words, case, accents and ß folded,
// kept up to date by the indexes' triggers, and only what the user's role may see.
#include "application/searchservice.h"
#include "demo/demonetwork.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "tempdatabase.h"

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

QStringList titles(const SearchService::Found& found, RecordKind kind) {
    QStringList names;
    for (const SearchHit& hit : found.hits) {
        if (hit.kind == kind)
            names << hit.title;
    }
    return names;
}

SearchService::Found search(Database& db, const QString& text) {
    auto found = SearchService(db).search(text, 5);
    REQUIRE(found.ok());
    return *found;
}

} // namespace

TEST_CASE("the search everywhere finds every kind of record by any word, umlauts folded") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());

    // A contact by her last name; "koch" finds no organisation of that name.
    const SearchService::Found koch = search(*db, QStringLiteral("koch"));
    CHECK(titles(koch, RecordKind::Contact) == QStringList{QStringLiteral("Sabine Koch")});
    // "kruger" and "krüger" alike: the joinery, its contact.
    for (const QString& text : {QStringLiteral("kruger"), QStringLiteral("KRÜGER")}) {
        const SearchService::Found found = search(*db, text);
        CHECK(
            titles(found, RecordKind::Organisation).contains(QStringLiteral("Tischlerei Krüger")));
        CHECK(titles(found, RecordKind::Contact) == QStringList{QStringLiteral("Olaf Krüger")});
    }
    // A participant by the beginning of a folded name.
    CHECK(titles(search(*db, QStringLiteral("schrod")), RecordKind::Participant).size() >= 1);
    // Measures and curricula by words of their goal and title; every word must be found.
    CHECK(titles(search(*db, QStringLiteral("padagog")), RecordKind::Curriculum) ==
          QStringList{QStringLiteral("Qualifizierung des pädagogischen Personals")});
    CHECK(titles(search(*db, QStringLiteral("ausbildenden fachkrafte")), RecordKind::Curriculum) ==
          QStringList{QStringLiteral("Qualifizierung der ausbildenden Fachkräfte")});
    CHECK(titles(search(*db, QStringLiteral("dialogmarketing")), RecordKind::Measure).size() == 1);
    CHECK(search(*db, QStringLiteral("xylophon")).hits.isEmpty());
    CHECK(search(*db, QStringLiteral("  ")).hits.isEmpty());

    // The groups come in their order, at most five each, and say when there are more.
    const SearchService::Found broad = search(*db, QStringLiteral("s"));
    QList<RecordKind> order;
    for (const SearchHit& hit : broad.hits) {
        if (order.isEmpty() || order.constLast() != hit.kind)
            order << hit.kind;
    }
    QList<RecordKind> expected = SearchIndex::kinds();
    expected.removeIf([&](RecordKind kind) { return !order.contains(kind); });
    CHECK(order == expected);
    CHECK(broad.more.contains(RecordKind::Participant));
    CHECK(titles(broad, RecordKind::Participant).size() == 5);
}

TEST_CASE("the search indexes follow new, renamed and deleted records") {
    TempDatabase db;
    Organisation o;
    o.name = QStringLiteral("Straßenbau Müller GmbH");
    o.city = QStringLiteral("Güstrow");
    REQUIRE(OrganisationRepository(*db).save(o).ok());
    CHECK(titles(search(*db, QStringLiteral("strassenbau gust")), RecordKind::Organisation) ==
          QStringList{o.name});
    o.name = QStringLiteral("Tiefbau Müller GmbH");
    REQUIRE(OrganisationRepository(*db).save(o).ok());
    CHECK(search(*db, QStringLiteral("strassenbau")).hits.isEmpty());
    CHECK(titles(search(*db, QStringLiteral("muller tief")), RecordKind::Organisation) ==
          QStringList{o.name});
    REQUIRE(OrganisationRepository(*db).remove(o).ok());
    CHECK(search(*db, QStringLiteral("muller")).hits.isEmpty());
}
