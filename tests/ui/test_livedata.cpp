// What one part of the window writes shows at once everywhere else: the change signal.
#include "models/itemroles.h"
#include "models/pagedtablemodel.h"
#include "pages/curriculapage.h"
#include "pages/measurespage.h"
#include "pages/networkpage.h"
#include "pages/participantspage.h"
#include "services/csvstream.h"
#include "services/importer.h"
#include "storage/attendancerepository.h"
#include "storage/consultationrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/sessionrepository.h"
#include "uitesting.h"
#include "widgets/recordlistpanel.h"

#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Verbund;
using namespace Verbund::Testing;

namespace {

// Ctrl+N on the page's list, the title typed into the field that gets the focus.
void startNewRecord(QWidget* page, QTableView* list, const QString& title) {
    list->setFocus();
    QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier);
    auto* field = findChild<QLineEdit>(page, "title");
    REQUIRE(eventually([&] { return field->hasFocus(); }));
    QTest::keyClicks(field, title);
}

} // namespace

TEST_CASE("a curriculum created on its page is offered at once in the measure form being edited") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    MeasuresPage* measures = demo.window.measuresPage();
    REQUIRE(eventually([&] { return measures->isVisible(); }));
    startNewRecord(measures, measures->view(), QStringLiteral("Lagerlogistik 2027"));
    auto* curriculum = findChild<QComboBox>(measures, "curriculum");
    CHECK(curriculum->findText(QStringLiteral("Lagerlogistik Grundlagen"), Qt::MatchStartsWith) <
          0);

    // Meanwhile on the curricula page: a new curriculum, saved.
    QTest::keyClick(&demo.window, Qt::Key_3, Qt::ControlModifier);
    CurriculaPage* curricula = demo.window.curriculaPage();
    REQUIRE(eventually([&] { return curricula->isVisible(); }));
    startNewRecord(curricula, curricula->view(), QStringLiteral("Lagerlogistik Grundlagen"));
    QTest::keyClick(findChild<QLineEdit>(curricula, "title"), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return curricula->model()->totalCount() == 3; }));

    // Back in the measure: the new curriculum is there, the title typed before is kept.
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    REQUIRE(eventually([&] {
        return curriculum->findText(QStringLiteral("Lagerlogistik Grundlagen"),
                                    Qt::MatchStartsWith) >= 0;
    }));
    CHECK(findChild<QLineEdit>(measures, "title")->text() == QStringLiteral("Lagerlogistik 2027"));
}

TEST_CASE("a series planned for a measure saved in the same sitting shows at once with its count") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    MeasuresPage* page = demo.window.measuresPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    startNewRecord(page, page->view(), QStringLiteral("Abendkurs CNC"));
    QTest::keyClicks(findChild<QLineEdit>(page, "startDate"), QStringLiteral("02.03.2027"));
    QTest::keyClicks(findChild<QLineEdit>(page, "endDate"), QStringLiteral("31.03.2027"));
    QTest::keyClick(findChild<QLineEdit>(page, "endDate"), Qt::Key_S, Qt::ControlModifier);
    auto saved = MeasureRepository(*demo.db).find(QStringLiteral("Abendkurs CNC"));
    REQUIRE(eventually([&] {
        saved = MeasureRepository(*demo.db).find(QStringLiteral("Abendkurs CNC"));
        return saved.ok();
    }));

    // Tuesdays and Thursdays of March 2027: nine sessions.
    page->tabs()->setCurrentIndex(2);
    withModalDialog(
        [&] { buttonWithText(page, QStringLiteral("Plan a series…"))->click(); },
        [](QDialog* dialog) { buttonWithText(dialog, QStringLiteral("Save"))->click(); });
    const auto stored = SessionRepository(*demo.db).forMeasure(saved->meta.id);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 9);
    auto* sessions = findChild<RecordListPanel>(page, "sessionPanel");
    REQUIRE(eventually([&] { return sessions->view()->model()->rowCount() == 9; }));
    CHECK(page->tabs()->tabText(2) == QStringLiteral("Sessions (9)"));
}

TEST_CASE("people imported show at once in the participant list and its count") {
    DemoWindow demo;
    ParticipantsPage* page = demo.window.participantsPage();
    REQUIRE(page->model()->totalCount() == 48);
    auto file = CsvStream::openBytes(QByteArray("Vorname;Nachname\nOle;Hansen\nMia;Krause\n"));
    REQUIRE(file.ok());
    // The window's own connection: changes made by another program are not announced yet.
    auto report = Importer::run(*demo.window.database(), ImportKind::Participants, **file, {});
    REQUIRE(report.ok());
    REQUIRE(report->imported == 2);
    REQUIRE(eventually([&] { return page->model()->totalCount() == 50; }));
}

TEST_CASE("an organisation another program saves appears in the window's list within two "
          "seconds") {
    DemoWindow demo;
    QAbstractItemModel* list = demo.table->model();
    const int before = list->rowCount();
    // A second advisor's program on the same network.
    auto other = Database::open(demo.db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    Organisation bakery;
    bakery.name = QStringLiteral("Bäckerei Sommer");
    bakery.kind = OrganisationKind::Company;
    REQUIRE(OrganisationRepository(**other).save(bakery).ok());
    QElapsedTimer waited;
    waited.start();
    REQUIRE(eventually([&] { return list->rowCount() == before + 1; }));
    CHECK(waited.elapsed() < 2000);
    CHECK(columnTexts(list, 0).contains(bakery.name));
}

TEST_CASE("a consultation another advisor records appears in the open organisation with its "
          "count") {
    GermanUi german;
    DemoWindow demo;
    demo.table->selectRow(0);
    auto* tabs = demo.window.networkPage()->findChild<QTabWidget*>();
    REQUIRE(tabs);
    const qint64 organisationId = demo.table->model()->index(0, 0).data(IdRole).toLongLong();
    const int before = ConsultationRepository(*demo.db).forOrganisation(organisationId)->size();
    REQUIRE(eventually(
        [&] { return tabs->tabText(2) == QStringLiteral("Beratungen (%1)").arg(before); }));
    auto other = Database::open(demo.db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    Consultation call;
    call.organisationId = organisationId;
    call.date = QDate(2026, 11, 24);
    call.summary = QStringLiteral("Rückruf wegen Qualifizierung");
    REQUIRE(ConsultationRepository(**other).save(call).ok());
    CHECK(eventually(
        [&] { return tabs->tabText(2) == QStringLiteral("Beratungen (%1)").arg(before + 1); }));
}

TEST_CASE("the organisation shown is read anew when another program saves it, unless it is "
          "being edited here") {
    DemoWindow demo;
    demo.table->selectRow(0);
    NetworkPage* page = demo.window.networkPage();
    auto* name = findChild<QLineEdit>(page, "name");
    auto* phone = findChild<QLineEdit>(page, "phone");
    const qint64 id = demo.table->model()->index(0, 0).data(IdRole).toLongLong();
    auto other = Database::open(demo.db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    auto theirs = OrganisationRepository(**other).get(id);
    REQUIRE(theirs.ok());
    theirs->phone = QStringLiteral("0385 111222");
    REQUIRE(OrganisationRepository(**other).save(*theirs).ok());
    CHECK(eventually([&] { return phone->text() == theirs->phone; }));

    // Typed into here meanwhile: kept; the save then says who changed it.
    QTest::keyClicks(name, QStringLiteral(" Nord"));
    theirs->phone = QStringLiteral("0385 333444");
    REQUIRE(OrganisationRepository(**other).save(*theirs).ok());
    QTest::qWait(1500);
    CHECK(name->text().endsWith(QStringLiteral(" Nord")));
    CHECK(phone->text() == QStringLiteral("0385 111222"));
}
