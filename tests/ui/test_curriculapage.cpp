// The curricula page driven with the keyboard, as a coordinator would.
#include "dialogs/officedialog.h"
#include "forms/curriculumeditor.h"
#include "models/curriculumtablemodel.h"
#include "models/pagedtablemodel.h"
#include "models/topictablemodel.h"
#include "pages/curriculapage.h"
#include "reports/reportregistry.h"
#include "storage/curriculumrepository.h"
#include "storage/settings.h"
#include "uitesting.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Verbund;
using namespace Verbund::Testing;

namespace {

// Selects the curriculum in the list by its title.
void selectCurriculum(CurriculaPage* page, const QString& title) {
    QTableView* list = page->view();
    const int row = int(columnTexts(list->model(), CurriculumRepository::Title).indexOf(title));
    REQUIRE(row >= 0);
    list->setFocus();
    list->selectRow(row);
    REQUIRE(eventually([&] { return page->editor()->curriculum().title == title; }));
}

} // namespace

TEST_CASE("changing a topic's UE changes the total in the editor and in the list after saving") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_3, Qt::ControlModifier);
    CurriculaPage* page = demo.window.curriculaPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    selectCurriculum(page, QStringLiteral("Qualifizierung des pädagogischen Personals"));
    auto* totals = findChild<QLabel>(page, "totals");
    CHECK(totals->text().startsWith(QStringLiteral("Total: 40 UE")));
    CHECK(totals->text().contains(QStringLiteral("30 hours")));

    // The first topic's UE: go there, type 4 over the 2, and the total follows at once.
    QTableView* topics = page->editor()->topicView();
    topics->setFocus();
    topics->setCurrentIndex(topics->model()->index(0, TopicTableModel::Ue));
    QTest::keyClick(topics, Qt::Key_F2);
    QSpinBox* spin = nullptr;
    REQUIRE(eventually([&] { return (spin = topics->findChild<QSpinBox*>()) != nullptr; }));
    REQUIRE(eventually([&] { return spin->hasFocus(); }));
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("4"));
    REQUIRE(eventually([&] { return totals->text().startsWith(QStringLiteral("Total: 42 UE")); }));
    CHECK(totals->text().contains(QStringLiteral("31.5 hours")));
    QTest::keyClick(spin, Qt::Key_Return);
    CHECK(page->editor()->isModified());

    // The list still shows the saved 40 until Ctrl+S.
    const int row = int(columnTexts(page->model(), CurriculumRepository::Title)
                            .indexOf(QStringLiteral("Qualifizierung des pädagogischen Personals")));
    CHECK(page->model()->index(row, CurriculumRepository::Ue).data().toInt() == 40);
    QTest::keyClick(topics, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return !page->editor()->isModified(); }));
    const int savedRow =
        int(columnTexts(page->model(), CurriculumRepository::Title)
                .indexOf(QStringLiteral("Qualifizierung des pädagogischen Personals")));
    CHECK(page->model()->index(savedRow, CurriculumRepository::Ue).data().toInt() == 42);
    CHECK(page->model()->index(savedRow, CurriculumRepository::Hours).data().toString() ==
          QStringLiteral("31.5"));
    auto stored = CurriculumRepository(*demo.db).find(
        QStringLiteral("Qualifizierung des pädagogischen Personals"));
    REQUIRE(stored.ok());
    CHECK(stored->topics.first().ue == 4);
    CHECK(stored->totalUe() == 42);
}

TEST_CASE("Alt+Down moves a topic with its contents and leaving asks about the change") {
    DemoWindow demo;
    demo.window.showPage(2);
    CurriculaPage* page = demo.window.curriculaPage();
    selectCurriculum(page, QStringLiteral("Qualifizierung der ausbildenden Fachkräfte"));
    QTableView* topics = page->editor()->topicView();
    const QStringList firstContents = page->editor()->curriculum().topics.first().contents;
    topics->setFocus();
    topics->setCurrentIndex(topics->model()->index(0, TopicTableModel::Title));
    QTest::keyClick(topics, Qt::Key_Down, Qt::AltModifier);
    const Curriculum edited = page->editor()->curriculum();
    CHECK(edited.topics.at(1).contents == firstContents);
    CHECK(edited.topics.at(0).title ==
          QStringLiteral("Das Konzept der betrieblichen Nachqualifizierung"));
    CHECK(topics->currentIndex().row() == 1);
    CHECK(page->editor()->isModified());

    // Choosing the other curriculum asks; Cancel stays with the edit.
    const int other =
        int(columnTexts(page->model(), CurriculumRepository::Title)
                .indexOf(QStringLiteral("Qualifizierung des pädagogischen Personals")));
    withModalDialog([&] { page->view()->selectRow(other); },
                    [](QDialog* dialog) {
                        auto* box = qobject_cast<QMessageBox*>(dialog);
                        REQUIRE(box != nullptr);
                        box->button(QMessageBox::Cancel)->click();
                    });
    CHECK(page->editor()->curriculum().title ==
          QStringLiteral("Qualifizierung der ausbildenden Fachkräfte"));
    CHECK(page->editor()->isModified());
}

TEST_CASE("a new curriculum without a title is refused with the message under the field") {
    DemoWindow demo;
    demo.window.showPage(2);
    CurriculaPage* page = demo.window.curriculaPage();
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    auto* title = findChild<QLineEdit>(page, "title");
    REQUIRE(eventually([&] { return title->hasFocus(); }));
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return buttonWithText(page, QStringLiteral("Save"))->isEnabled(); }));
    bool messageShown = false;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text() == QStringLiteral("The title is required."))
            messageShown = true;
    }
    CHECK(messageShown);
    CHECK(*CurriculumRepository(*demo.db).count({}) == 2);

    QTest::keyClicks(title, QStringLiteral("Lernbegleitung kompakt"));
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return *CurriculumRepository(*demo.db).count({}) == 2 + 1; }));
    CHECK(page->model()->totalCount() == 3);
}

TEST_CASE("the network's name for the reports is kept in the office dialog") {
    DemoWindow demo;
    OfficeDialog dialog(*demo.db, &demo.window);
    dialog.show();
    auto* name = findChild<QLineEdit>(&dialog, "networkName");
    CHECK(name->text() == QStringLiteral("Verbund Westmecklenburg"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Weiterbildungsverbund Nord"));
    dialog.accept();
    CHECK(*NetworkSettings(*demo.db).networkName() == QStringLiteral("Weiterbildungsverbund Nord"));
    selectCurriculum(demo.window.curriculaPage(),
                     QStringLiteral("Qualifizierung der ausbildenden Fachkräfte"));
    const qint64 shown = demo.window.curriculaPage()->editor()->curriculum().meta.id;
    auto sheet = ReportRegistry::find(QStringLiteral("curriculum-sheet"))
                     ->build(*demo.db, ReportRequest::about(shown));
    REQUIRE(sheet.ok());
    CHECK(sheet->networkName == QStringLiteral("Weiterbildungsverbund Nord"));
}
