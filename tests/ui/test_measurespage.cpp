// A coordinator plans a measure in the window, as in the seed: people in, 70/30 plan.
#include "application/measureservice.h"
#include "dialogs/participantdialog.h"
#include "dialogs/seriesdialog.h"
#include "dialogs/sessiondialog.h"
#include "forms/measureeditor.h"
#include "models/attendancegridmodel.h"
#include "models/pagedtablemodel.h"
#include "models/sharetablemodel.h"
#include "pages/measurespage.h"
#include "storage/attendancerepository.h"
#include "storage/funderrepository.h"
#include "storage/measurerepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "uitesting.h"
#include "widgets/attendanceview.h"
#include "widgets/recordlistpanel.h"
#include "widgets/searchchoice.h"
#include "widgets/timeedit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Verbund;
using namespace Verbund::Testing;

namespace {

// Picks the entry with this text in the combo box by keyboard.
void choose(QComboBox* combo, const QString& text) {
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// The open editor in the view, if any.
QWidget* openEditor(QTableView* view) {
    for (QWidget* child : view->viewport()->findChildren<QWidget*>()) {
        if (child->isVisible() &&
            (qobject_cast<QLineEdit*>(child) || qobject_cast<QComboBox*>(child)))
            return child;
    }
    return nullptr;
}

// Edits the cell of the share table as a user would: opens its editor, types or picks, Enter.
// The cell then shows what begins with shown (by default the text).
void typeIntoCell(QTableView* view, int row, int column, const QString& text, QString shown = {}) {
    if (shown.isEmpty())
        shown = text;
    view->setFocus();
    const QModelIndex index = view->model()->index(row, column);
    if (view->currentIndex() != index || !openEditor(view)) {
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_F2);
    }
    QWidget* editor = nullptr;
    REQUIRE(eventually([&] { return (editor = openEditor(view)) != nullptr; }));
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        choose(combo, text);
        QTest::keyClick(combo, Qt::Key_Return);
    }
    REQUIRE(eventually([&] { return index.data().toString().startsWith(shown); }));
}

// An evening course from 1 March 2026 to the end given, saved.
Measure eveningCourse(Database& db, const QDate& end) {
    Measure measure;
    measure.title = QStringLiteral("Abendkurs");
    measure.startDate = QDate(2026, 3, 1);
    measure.endDate = end;
    REQUIRE(MeasureRepository(db).save(measure).ok());
    return measure;
}

} // namespace

TEST_CASE("a coordinator creates a measure and enrolls two people and sets a 70/30 plan") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    MeasuresPage* page = demo.window.measuresPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));

    // Ctrl+N, a title, Ctrl+S.
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    auto* title = findChild<QLineEdit>(page, "title");
    REQUIRE(eventually([&] { return title->hasFocus(); }));
    QTest::keyClicks(title, QStringLiteral("Kunststoff Kurs 2027"));
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return page->model()->totalCount() == 6; }));
    auto saved = MeasureRepository(*demo.db).find(QStringLiteral("Kunststoff Kurs 2027"));
    REQUIRE(saved.ok());

    // Two people: one existing, one new.
    page->tabs()->setCurrentIndex(1);
    RecordListPanel* panel = page->participantPanel();
    withModalDialog([&] { buttonWithText(panel, QStringLiteral("Enroll…"))->click(); },
                    [](QDialog* dialog) {
                        // A few letters of the name, a pause, Enter takes the first hit.
                        auto* person = findChild<SearchChoice>(dialog, "participant");
                        QTest::keyClicks(person, QStringLiteral("albrecht an"));
                        REQUIRE(eventually([&] { return person->hitCount() > 0; }));
                        QTest::keyClick(person, Qt::Key_Return);
                        CHECK(person->text().startsWith(QStringLiteral("Albrecht, Anna")));
                        REQUIRE(person->value().toLongLong() > 0);
                        buttonWithText(dialog, QStringLiteral("Save"))->click();
                    });
    withModalDialog([&] { buttonWithText(panel, QStringLiteral("Enroll…"))->click(); },
                    [](QDialog* dialog) {
                        // "New person…" opens the person's dialog on top.
                        withModalDialog(
                            [&] { buttonWithText(dialog, QStringLiteral("New person…"))->click(); },
                            [](QDialog* personDialog) {
                                QTest::keyClicks(findChild<QLineEdit>(personDialog, "firstName"),
                                                 QStringLiteral("Ronja"));
                                QTest::keyClicks(findChild<QLineEdit>(personDialog, "lastName"),
                                                 QStringLiteral("Neu"));
                                choose(findChild<QComboBox>(personDialog, "employment"),
                                       QStringLiteral("Unemployed"));
                                buttonWithText(personDialog, QStringLiteral("Save"))->click();
                            });
                        CHECK(findChild<SearchChoice>(dialog, "participant")->text() ==
                              QStringLiteral("Neu, Ronja"));
                        CHECK(findChild<QComboBox>(dialog, "path")->currentText() ==
                              QStringLiteral("Referred (unemployed)"));
                        buttonWithText(dialog, QStringLiteral("Save"))->click();
                    });
    REQUIRE(eventually([&] { return panel->view()->model()->rowCount() == 2; }));
    CHECK(page->tabs()->tabText(1) == QStringLiteral("Participants (2)"));

    // The plan: 10.000 € total, the agency 70 %, the company 30 %.
    page->tabs()->setCurrentIndex(4);
    MeasureEditor* editor = page->editor();
    auto* total = findChild<QLineEdit>(editor->fundingPage(), "totalCost");
    total->setFocus();
    QTest::keyClicks(total, QStringLiteral("10.000,00"));
    QTableView* shares = editor->shareView();
    auto* addShare = findChild<QPushButton>(editor->fundingPage(), "addShare");
    // The payers are searched: a few letters of the name, and Enter takes the first hit.
    for (const auto& [typed, funder, percent] :
         {std::tuple{QStringLiteral("agentur schwerin"),
                     QStringLiteral("Agentur für Arbeit Schwerin"), QStringLiteral("70")},
          std::tuple{QStringLiteral("nordplast"),
                     QStringLiteral("Nordplast Kunststofftechnik GmbH"), QStringLiteral("30")}}) {
        addShare->click();
        const int row = editor->shares()->rowCount() - 1;
        QApplication::processEvents();
        typeIntoCell(shares, row, ShareTableModel::FunderColumn, typed, funder);
        typeIntoCell(shares, row, ShareTableModel::ValueColumn, percent);
    }
    auto* remainder = findChild<QLabel>(editor->fundingPage(), "remainder");
    REQUIRE(eventually(
        [&] { return remainder->text() == QStringLiteral("The shares cover the cost exactly."); }));
    // After the dialogs the main window is the active one again.
    QApplication::setActiveWindow(&demo.window);
    REQUIRE(QTest::qWaitForWindowActive(&demo.window));
    shares->setFocus();
    QTest::keyClick(shares, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return !editor->isModified(); }));

    auto measure = MeasureRepository(*demo.db).get(saved->meta.id);
    REQUIRE(measure.ok());
    CHECK(measure->totalCost == 1000000);
    REQUIRE(measure->shares.size() == 2);
    CHECK(measure->shares.at(0).basisPoints == 7000);
    CHECK(measure->shares.at(1).basisPoints == 3000);
    const FundingBreakdown plan = fundingBreakdown(measure->totalCost, measure->shares);
    CHECK(plan.valid);
    CHECK(plan.amounts == QList<Cents>{700000, 300000});
    auto figures = MeasureRepository(*demo.db).figures(*measure);
    CHECK(figures->employed == 1);
    CHECK(figures->referred == 1);
}

TEST_CASE("a trainer records a session's attendance with the keyboard") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    MeasuresPage* page = demo.window.measuresPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    const int row = int(columnTexts(page->model(), MeasureRepository::Title)
                            .indexOf(QStringLiteral("Tag der ausbildenden Fachkraft 2026")));
    REQUIRE(row >= 0);
    page->view()->setFocus();
    page->view()->selectRow(row);
    page->tabs()->setCurrentIndex(3);
    AttendanceView* grid = page->attendanceView();
    AttendanceGridModel* model = page->attendance();
    REQUIRE(eventually([&] { return model->rowCount() == 6; }));

    // Clear the Thursday column with Del, then type it again: Space, E, X, 3 and Space.
    grid->setFocus();
    for (int person = 0; person < 5; ++person) {
        grid->setCurrentIndex(model->index(person, 3));
        QTest::keyClick(grid, Qt::Key_Delete);
    }
    for (int person = 0; person < 5; ++person)
        CHECK(model->index(person, 3).data().toString().isEmpty());
    grid->setCurrentIndex(model->index(0, 3));
    QTest::keyClick(grid, Qt::Key_Space);
    QTest::keyClick(grid, Qt::Key_E);
    QTest::keyClick(grid, Qt::Key_X);
    QTest::keyClick(grid, Qt::Key_3);
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("✓"));
    CHECK(model->index(1, 3).data().toString() == QStringLiteral("E"));
    CHECK(model->index(2, 3).data().toString() == QStringLiteral("✗"));
    CHECK(model->index(3, 3).data().toString() == QStringLiteral("3"));
    CHECK(model->index(4, 3).data().toString() == QStringLiteral("✓"));
    // The totals: 6 + 6 + 3 UE in the Thursday session; the person with 3 of 6 has 13 of 16.
    CHECK(model->index(5, 3).data().toInt() == 15);
    CHECK(model->index(3, 4).data().toString().startsWith(QStringLiteral("13 of")));

    // Stored: a fresh read shows the same.
    AttendanceGridModel fresh;
    fresh.setDatabase(demo.db.get());
    fresh.setMeasure(model->overview().measure.meta.id);
    CHECK(fresh.index(3, 3).data().toString() == QStringLiteral("3"));
    CHECK(fresh.index(1, 3).data().toString() == QStringLiteral("E"));
}

TEST_CASE("a session's times are typed as digits and read") {
    Verbund::Testing::TempDatabase db;
    const Measure measure = eveningCourse(*db, QDate(2026, 6, 30));
    Session session;
    session.measureId = measure.meta.id;
    session.date = QDate(2026, 3, 3);
    SessionDialog dialog(*db, *MeasureService(*db).open(measure.meta.id), session);
    dialog.show();
    auto times = dialog.findChildren<TimeEdit*>();
    REQUIRE(times.size() == 2);
    times.at(0)->selectAll();
    QTest::keyClicks(times.at(0), QStringLiteral("1730"));
    times.at(1)->selectAll();
    QTest::keyClicks(times.at(1), QStringLiteral("20.45"));
    QTest::keyClick(times.at(1), Qt::Key_Down); // a quarter earlier
    buttonWithText(&dialog, QStringLiteral("Save"))->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().start == QTime(17, 30));
    CHECK(dialog.session().end == QTime(20, 30));

    // A time that is none is refused with the reason, nothing saved.
    SessionDialog again(*db, *MeasureService(*db).open(measure.meta.id), session);
    again.show();
    auto* start = again.findChildren<TimeEdit*>().at(0);
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("mittags"));
    buttonWithText(&again, QStringLiteral("Save"))->click();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(SessionRepository(*db).forMeasure(measure.meta.id)->size() == 1);
}

TEST_CASE("the series dialog shows what it will plan and plans it without holidays") {
    Verbund::Testing::TempDatabase db;
    const Measure measure = eveningCourse(*db, QDate(2026, 6, 30));
    SeriesDialog dialog(*db, *MeasureService(*db).open(measure.meta.id));
    dialog.show();
    // Tuesday and Thursday are ticked; the dates come from the measure.
    QLabel* preview = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().startsWith(QStringLiteral("34 session")))
            preview = label;
    }
    REQUIRE(preview != nullptr);
    CHECK(preview->text().contains(QStringLiteral("Christi Himmelfahrt")));
    buttonWithText(&dialog, QStringLiteral("Save"))->click();
    CHECK(dialog.created() == 34);
    CHECK(SessionRepository(*db).forMeasure(measure.meta.id)->size() == 34);
}

TEST_CASE("a series that would double-book days lists them and leaves them out when asked") {
    Verbund::Testing::TempDatabase db;
    const Measure measure = eveningCourse(*db, QDate(2026, 3, 31));
    // Already planned: Tuesday 3 and Thursday 5 March.
    QList<Session> planned;
    for (const QDate& day : {QDate(2026, 3, 3), QDate(2026, 3, 5)}) {
        Session session;
        session.measureId = measure.meta.id;
        session.date = day;
        session.ue = 5;
        planned << session;
    }
    REQUIRE(SessionRepository(*db).saveAll(planned).ok());

    SeriesDialog dialog(*db, *MeasureService(*db).open(measure.meta.id));
    dialog.show();
    auto* trainer = findChild<QLineEdit>(&dialog, "seriesTrainer");
    QTest::keyClicks(trainer, QStringLiteral("Frau Lorenz"));
    auto* preview = findChild<QLabel>(&dialog, "seriesPreview");
    CHECK(preview->text().contains(
        QStringLiteral("The measure already has a session on: 03.03.2026, 05.03.2026.")));
    // Tuesdays and Thursdays of March 2026: nine; two are taken.
    withModalDialog([&] { buttonWithText(&dialog, QStringLiteral("Save"))->click(); },
                    [](QDialog* question) {
                        buttonWithText(question, QStringLiteral("Leave them out"))->click();
                    });
    CHECK(dialog.created() == 7);
    auto sessions = SessionRepository(*db).forMeasure(measure.meta.id);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 9);
    int byLorenz = 0;
    for (const Session& session : *sessions)
        byLorenz += session.trainer == QStringLiteral("Frau Lorenz") ? 1 : 0;
    CHECK(byLorenz == 7);
}

TEST_CASE("a series that ends after its measure is refused with the reason under the field") {
    Verbund::Testing::TempDatabase db;
    const Measure measure = eveningCourse(*db, QDate(2026, 3, 31));
    SeriesDialog dialog(*db, *MeasureService(*db).open(measure.meta.id));
    dialog.show();
    auto* to = findChild<QLineEdit>(&dialog, "seriesTo");
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("30.04.2026"));
    buttonWithText(&dialog, QStringLiteral("Save"))->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.created() == 0);
    bool told = false;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        told = told || (label->isVisible() &&
                        label->text().contains(QStringLiteral("cannot end after it")));
    CHECK(told);
    CHECK(SessionRepository(*db).forMeasure(measure.meta.id)->isEmpty());
}

TEST_CASE("certificates of a running measure are asked for first and the preview gives no "
          "serial number") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    MeasuresPage* page = demo.window.measuresPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    const int row = int(columnTexts(page->model(), MeasureRepository::Title)
                            .indexOf(QStringLiteral("Kaufmann/-frau für Dialogmarketing")));
    REQUIRE(row >= 0);
    page->view()->selectRow(row);
    page->tabs()->setCurrentIndex(3);
    auto serials = [&] {
        auto count = demo.db->readValue(QStringLiteral("SELECT count(*) FROM certificate"));
        REQUIRE(count.ok());
        return count->toInt();
    };
    // The measure runs until July 2027: asked first; Cancel shows nothing.
    QString asked;
    withModalDialog([&] { buttonWithText(page, QStringLiteral("Certificates…"))->click(); },
                    [&](QDialog* question) {
                        asked =
                            question->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
                        buttonWithText(question, QStringLiteral("Cancel"))->click();
                    });
    CHECK(asked.contains(QStringLiteral("would be provisional")));
    // Issued anyway: the preview opens and gives no serial number until printed or saved.
    QApplication::setActiveWindow(&demo.window);
    bool previewed = false;
    // The preview comes up once the question is answered: looked for until it is there.
    QTimer watch;
    watch.setInterval(50);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->windowTitle().startsWith(QStringLiteral("Print preview"))) {
            previewed = true;
            watch.stop();
            dialog->reject();
        }
    });
    withModalDialog([&] { buttonWithText(page, QStringLiteral("Certificates…"))->click(); },
                    [&](QDialog* question) {
                        watch.start();
                        buttonWithText(question, QStringLiteral("Yes"))->click();
                    });
    CHECK(previewed);
    CHECK(serials() == 0);
}
