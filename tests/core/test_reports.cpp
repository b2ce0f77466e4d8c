#include "demo/demonetwork.h"
#include "reports/curriculumsheet.h"
#include "reports/reportrenderer.h"
#include "runverbund.h"
#include "storage/curriculumrepository.h"
#include "tempdatabase.h"

#include <QFile>
#include <QRegularExpression>

using namespace Verbund;
using Verbund::Testing::pdfPageCount;
using Verbund::Testing::pdfText;
using Verbund::Testing::Run;
using Verbund::Testing::TempDatabase;
using Verbund::Testing::verbund;

namespace {

// pdftotext breaks long items over lines and pads columns; compare words only.
QString words(const QString& text) {
    return text.simplified();
}

// Every piece appears, in this order, in the text.
void requireInOrder(const QString& text, const QStringList& pieces) {
    const QString flat = words(text);
    qsizetype from = 0;
    for (const QString& piece : pieces) {
        // An item may wrap in its cell, with words of the next column in between; its first
        // words are enough to place it.
        const QString start = words(piece).section(QLatin1Char(' '), 0, 2);
        const qsizetype at = flat.indexOf(start, from);
        INFO("looking for: " << start.toStdString());
        REQUIRE(at >= 0);
        from = at + start.size();
    }
}

} // namespace

TEST_CASE("the curriculum sheet of each demo curriculum holds every topic and item in order") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto curricula = CurriculumRepository(*db).list({});
    REQUIRE(curricula->size() == 2);
    const QString path = db.path();
    db.close();

    for (const CurriculumRow& row : *curricula) {
        auto curriculumDb = Database::open(path);
        REQUIRE(curriculumDb.ok());
        const Curriculum curriculum = *CurriculumRepository(**curriculumDb).get(row.id);
        curriculumDb->reset();

        const QString pdf = db.filePath(QStringLiteral("%1.pdf").arg(row.id));
        const Run run = verbund({QStringLiteral("print"), QStringLiteral("curriculum-sheet"),
                                 curriculum.title, QStringLiteral("-d"), path, QStringLiteral("-o"),
                                 pdf, QStringLiteral("--lang"), QStringLiteral("de")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString text = pdfText(pdf);
        QStringList expected{QStringLiteral("Verbund Westmecklenburg"), curriculum.title,
                             QStringLiteral("Thema"), QStringLiteral("Inhalte"),
                             QStringLiteral("UE")};
        for (const Topic& topic : curriculum.topics) {
            expected << topic.title.section(QLatin1Char(' '), 0, 0);
            expected += topic.contents;
        }
        requireInOrder(text, expected);
        const int total = curriculum.totalUe();
        CHECK(total == (curriculum.topics.size() == 6 ? 40 : 16));
        CHECK(text.contains(QRegularExpression(QStringLiteral("Gesamt\\s+%1\\b").arg(total))));
        CHECK(text.contains(QStringLiteral("1 UE = 45 Minuten")));
        CHECK(text.contains(QStringLiteral("Seite 1 von 1")));
    }
}

TEST_CASE("a long curriculum flows over pages with the table header on each") {
    Curriculum curriculum;
    curriculum.title = QStringLiteral("Sechzig Themen");
    for (int i = 1; i <= 60; ++i) {
        Topic topic;
        topic.title = QStringLiteral("Thema Nummer %1").arg(i);
        for (int item = 1; item <= 3; ++item)
            topic.contents << QStringLiteral("Inhalt %1.%2 mit etwas mehr Text").arg(i).arg(item);
        topic.ue = 2;
        curriculum.topics << topic;
    }
    const ReportDocument document =
        CurriculumSheet::build(curriculum, QStringLiteral("Testnetz"), QDate(2026, 11, 22));
    TempDatabase db; // for its temporary folder
    const QString pdf = db.filePath(QStringLiteral("test.pdf"));
    REQUIRE(ReportRenderer::writePdf(document, pdf).ok());

    const int pages = pdfPageCount(pdf);
    CHECK(pages >= 3);
    int topicsSeen = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page, page);
        INFO("page " << page);
        CHECK(text.contains(QRegularExpression(QStringLiteral("Topic\\s+Contents\\s+UE"))));
        CHECK(text.contains(QStringLiteral("Testnetz")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        // No topic is torn: a topic on this page has all its items here.
        const QRegularExpression topicPattern(QStringLiteral("Thema Nummer (\\d+)\\b"));
        for (auto it = topicPattern.globalMatch(text); it.hasNext();) {
            const QString number = it.next().captured(1);
            ++topicsSeen;
            for (int item = 1; item <= 3; ++item)
                CHECK(text.contains(QStringLiteral("Inhalt %1.%2 ").arg(number).arg(item)));
        }
    }
    CHECK(topicsSeen == 60);
    CHECK(words(pdfText(pdf, pages, pages)).contains(QStringLiteral("Total 120")));
}

TEST_CASE("a topic taller than a page is split between lines and nothing is lost") {
    Curriculum curriculum;
    curriculum.title = QStringLiteral("Ein langes Thema");
    Topic topic;
    topic.title = QStringLiteral("Alles auf einmal");
    for (int item = 1; item <= 120; ++item)
        topic.contents << QStringLiteral("Punkt %1").arg(item);
    curriculum.topics << topic;
    TempDatabase db;
    const QString pdf = db.filePath(QStringLiteral("test.pdf"));
    REQUIRE(
        ReportRenderer::writePdf(
            CurriculumSheet::build(curriculum, QStringLiteral("Testnetz"), QDate(2026, 1, 5)), pdf)
            .ok());
    CHECK(pdfPageCount(pdf) >= 2);
    const QString text = pdfText(pdf);
    for (int item = 1; item <= 120; ++item)
        CHECK(text.contains(QRegularExpression(QStringLiteral("Punkt %1\\b").arg(item))));
}
