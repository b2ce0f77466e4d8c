// Drives the real main window with key and mouse events, as a coordinator would.
#include "application/userservice.h"
#include "demo/demonetwork.h"
#include "mainwindow.h"
#include "models/itemroles.h"
#include "models/organisationtablemodel.h"
#include "pages/networkpage.h"
#include "storage/databaselocation.h"
#include "storage/organisationrepository.h"
#include "storage/transaction.h"
#include "tempdatabase.h"
#include "uitesting.h"
#include "widgets/historyview.h"
#include "widgets/recordlistpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace Verbund;

using namespace Verbund::Testing;

TEST_CASE("a coordinator adds an organisation and a consultation and finds both after reopening") {
    Verbund::Testing::TempDatabase db;
    const QString path = db.path();
    db.close();

    {
        MainWindow window;
        REQUIRE(window.openDatabase(path, false).ok());
        window.showPage(1);
        window.showPage(1);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        NetworkPage* page = window.networkPage();

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto* name = findChild<QLineEdit>(page, "name");
        REQUIRE(eventually([&] { return name->hasFocus(); }));
        QTest::keyClicks(name, QStringLiteral("Nordplast Kunststofftechnik GmbH"));
        auto* postcode = findChild<QLineEdit>(page, "postcode");
        QTest::keyClicks(postcode, QStringLiteral("1924"));
        auto* save = findChild<QPushButton>(page, "saveOrganisation");
        QTest::mouseClick(save, Qt::LeftButton);

        // A bad postcode is refused with the message next to the field.
        auto* postcodeError = findChild<QLabel>(page, "postcodeError");
        CHECK(postcodeError->isVisible());
        CHECK(postcodeError->text().contains(QStringLiteral("five digits")));
        CHECK(OrganisationRepository(*window.database()).count({}).value() == 0);

        QTest::keyClick(postcode, Qt::Key_End);
        QTest::keyClicks(postcode, QStringLiteral("3"));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK_FALSE(postcodeError->isVisible());
        auto* table = findChild<QTableView>(page, "organisationTable");
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(table->model()->index(0, 0).data().toString() ==
              QStringLiteral("Nordplast Kunststofftechnik GmbH"));

        // The consultations tab, and a consultation through its dialog.
        auto* tabs = page->findChild<QTabWidget*>();
        REQUIRE(tabs != nullptr);
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
        REQUIRE(tabs->currentIndex() == 2);
        auto* panel = findChild<RecordListPanel>(page, "consultationPanel");
        withModalDialog(
            [&] {
                QTest::mouseClick(buttonWithText(panel, QStringLiteral("New consultation…")),
                                  Qt::LeftButton);
            },
            [](QDialog* dialog) {
                auto* date = findChild<QLineEdit>(dialog, "date");
                date->selectAll();
                QTest::keyClicks(date, QStringLiteral("20.01.2026"));
                auto* summary = findChild<QPlainTextEdit>(dialog, "summary");
                QTest::keyClicks(summary, QStringLiteral("Bedarf an Nachqualifizierung"));
                auto* buttons = dialog->findChild<QDialogButtonBox*>();
                QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
            });
        CHECK(panel->view()->model()->rowCount() == 1);
        CHECK(tabs->tabText(2) == QStringLiteral("Consultations (1)"));
        CHECK(table->model()->index(0, OrganisationRepository::Consultations).data().toInt() == 1);
        window.close();
    }

    // Reopened, the database holds both.
    MainWindow window;
    REQUIRE(window.openDatabase(path, false).ok());
    window.showPage(1);
    window.show();
    NetworkPage* page = window.networkPage();
    auto* table = findChild<QTableView>(page, "organisationTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() ==
          QStringLiteral("Nordplast Kunststofftechnik GmbH"));
    CHECK(findChild<QLineEdit>(page, "postcode")->text() == QStringLiteral("19243"));
    auto* panel = findChild<RecordListPanel>(page, "consultationPanel");
    QAbstractItemModel* consultations = panel->view()->model();
    REQUIRE(consultations->rowCount() == 1);
    CHECK(consultations->index(0, 0).data().toString() == QStringLiteral("20.01.2026"));
    CHECK(columnTexts(consultations, 4) ==
          QStringList{QStringLiteral("Bedarf an Nachqualifizierung")});
}

TEST_CASE("typing in the filter narrows the list as you type") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    NetworkPage* page = window.networkPage();
    QTableView* table = demo.table;
    CHECK(table->model()->rowCount() == 12);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* filter = findChild<QLineEdit>(page, "organisationFilter");
    REQUIRE(eventually([&] { return filter->hasFocus(); }));
    QTest::keyClicks(filter, QStringLiteral("wis"));
    // One query once typing pauses, not one per keystroke.
    CHECK(table->model()->rowCount() == 12);
    REQUIRE(eventually([&] { return table->model()->rowCount() == 2; }));
    CHECK(columnTexts(table->model(), 0) ==
          (QStringList{QStringLiteral("DialogPlus Kundenservice GmbH"),
                       QStringLiteral("Hochschule Wismar")}));
    QTest::keyClick(filter, Qt::Key_Escape);
    filter->clear();
    CHECK(table->model()->rowCount() == 12);
}

TEST_CASE("a record chosen in a filtered list is in view when the filter is cleared") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    NetworkPage* page = window.networkPage();
    QTableView* table = demo.table;
    // A list much longer than the view, the chosen one at its end.
    {
        Transaction transaction(*window.database());
        OrganisationRepository organisations(*window.database());
        for (int i = 0; i < 1500; ++i) {
            Organisation o;
            o.name = QStringLiteral("Betrieb %1").arg(i, 4, 10, QLatin1Char('0'));
            REQUIRE(organisations.save(o).ok());
        }
        Organisation last;
        last.name = QStringLiteral("Zimmerei Zander");
        REQUIRE(organisations.save(last).ok());
        REQUIRE(transaction.commit().ok());
    }
    REQUIRE(eventually([&] { return table->model()->rowCount() == 1513; }));
    auto* filter = findChild<QLineEdit>(page, "organisationFilter");
    QTest::keyClicks(filter, QStringLiteral("Zander"));
    REQUIRE(eventually([&] { return table->model()->rowCount() == 1; }));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    filter->clear();
    REQUIRE(table->model()->rowCount() == 1513);
    CHECK(table->currentIndex().row() == 1512);
    CHECK(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
}

TEST_CASE("deleting an organisation with contacts asks first and deletes them too") {
    DemoWindow demo;
    MainWindow& window = demo.window;
    NetworkPage* page = window.networkPage();
    QTableView* table = demo.table;
    auto* filter = findChild<QLineEdit>(page, "organisationFilter");
    QTest::keyClicks(filter, QStringLiteral("Tischlerei"));
    REQUIRE(eventually([&] { return table->model()->rowCount() == 1; }));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    table->setFocus();

    // Cancel first: nothing happens.
    withModalDialog([&] { QTest::keyClick(table, Qt::Key_Delete); },
                    [](QDialog* box) { QTest::keyClick(box, Qt::Key_Escape); });
    CHECK(OrganisationRepository(*window.database()).count({}).value() == 12);

    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    withModalDialog([&] { QTest::keyClick(table, Qt::Key_Delete); },
                    [](QDialog* box) {
                        CHECK(box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))
                                  ->text()
                                  .contains(QStringLiteral("1 contact")));
                        QTest::mouseClick(buttonWithText(box, QStringLiteral("Delete all")),
                                          Qt::LeftButton);
                    });
    CHECK(OrganisationRepository(*window.database()).count({}).value() == 11);
    CHECK(table->model()->rowCount() == 0);
}

TEST_CASE("a second organisation of the same name and postcode is questioned before it is saved") {
    DemoWindow demo;
    NetworkPage* page = demo.window.networkPage();
    QTest::keyClick(demo.table, Qt::Key_N, Qt::ControlModifier);
    auto* name = findChild<QLineEdit>(page, "name");
    REQUIRE(eventually([&] { return name->hasFocus(); }));
    // Typed in lower case (QTest types ASCII only; the umlaut goes in as text).
    QTest::keyClicks(name, QStringLiteral("tischlerei kr"));
    name->insert(QStringLiteral("ü"));
    QTest::keyClicks(name, QStringLiteral("ger"));
    QTest::keyClicks(findChild<QLineEdit>(page, "postcode"), QStringLiteral("19230"));
    auto* save = findChild<QPushButton>(page, "saveOrganisation");
    QString asked;
    withModalDialog([&] { QTest::mouseClick(save, Qt::LeftButton); },
                    [&](QDialog* question) {
                        for (QLabel* label : question->findChildren<QLabel*>())
                            asked += label->text();
                        buttonWithText(question, QStringLiteral("Cancel"))->click();
                    });
    CHECK(asked.contains(QStringLiteral("“Tischlerei Krüger” with the postcode 19230 is already")));
    CHECK(OrganisationRepository(*demo.db).count({}).value() == 12);
    // Saved anyway when the coordinator says so.
    withModalDialog(
        [&] { QTest::mouseClick(save, Qt::LeftButton); },
        [](QDialog* question) { buttonWithText(question, QStringLiteral("Save"))->click(); });
    CHECK(OrganisationRepository(*demo.db).count({}).value() == 13);
}

TEST_CASE("the filter finds contact people, Down goes into the list and Esc clears it") {
    DemoWindow demo;
    NetworkPage* page = demo.window.networkPage();
    QTest::keyClick(&demo.window, Qt::Key_F, Qt::ControlModifier);
    auto* filter = findChild<QLineEdit>(page, "organisationFilter");
    REQUIRE(eventually([&] { return filter->hasFocus(); }));
    QTest::keyClicks(filter, QStringLiteral("wagner"));
    REQUIRE(eventually([&] { return demo.table->model()->rowCount() == 1; }));
    CHECK(columnTexts(demo.table->model(), 0) ==
          QStringList{QStringLiteral("Nordplast Kunststofftechnik GmbH")});
    // The detail follows the list.
    CHECK(findChild<QLineEdit>(page, "name")->text() ==
          QStringLiteral("Nordplast Kunststofftechnik GmbH"));
    QTest::keyClick(filter, Qt::Key_Down);
    CHECK(demo.table->hasFocus());
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Escape);
    CHECK(filter->text().isEmpty());
    CHECK(demo.table->model()->rowCount() == 12);
}

TEST_CASE("an organisation that measures name says so before any deleting is offered") {
    DemoWindow demo;
    NetworkPage* page = demo.window.networkPage();
    QTableView* table = demo.table;
    auto* filter = findChild<QLineEdit>(page, "organisationFilter");
    QTest::keyClicks(filter, QStringLiteral("Bildungswerk"));
    REQUIRE(eventually([&] { return table->model()->rowCount() == 1; }));
    table->selectRow(0);
    table->setFocus();
    QString told;
    bool offered = true;
    withModalDialog([&] { QTest::keyClick(table, Qt::Key_Delete); },
                    [&](QDialog* box) {
                        told = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
                        offered = false;
                        for (QPushButton* button : box->findChildren<QPushButton*>())
                            offered = offered || button->text().contains(QStringLiteral("Delete"));
                        QTest::keyClick(box, Qt::Key_Escape);
                    });
    CHECK(told.contains(QStringLiteral("provider, place of learning or funder")));
    CHECK_FALSE(offered);
    CHECK(OrganisationRepository(*demo.db).count({}).value() == 12);
}

TEST_CASE("an edit saved while the server is away keeps the form and is saved once it is back",
          "[server]") {
    DemoWindow demo;
    demo.table->selectRow(0);
    NetworkPage* page = demo.window.networkPage();
    const qint64 id = demo.table->model()->index(0, 0).data(IdRole).toLongLong();
    auto* name = findChild<QLineEdit>(page, "name");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Werkzeugbau Rudolstadt GmbH"));

    // The network drops; the save says so in plain words and the typed name stays.
    cutConnections(demo.db.path(), false);
    QString said;
    withModalDialog(
        [&] {
            QTest::mouseClick(findChild<QPushButton>(page, "saveOrganisation"), Qt::LeftButton);
        },
        [&](QDialog* box) {
            said = findChild<QLabel>(box, "qt_msgbox_label")->text();
            box->reject();
        });
    CHECK(said.contains(QStringLiteral("connection to the server is lost")));
    CHECK_FALSE(said.contains(QStringLiteral("FATAL")));
    CHECK(name->text() == QStringLiteral("Werkzeugbau Rudolstadt GmbH"));

    // Back: the window finds the server again by itself (it looks every five seconds), the
    // lists read anew, the typed name stays and the same click saves it.
    cutConnections(demo.db.path(), true);
    CHECK(QTest::qWaitFor(
        [&] {
            return demo.window.statusBar()->currentMessage().contains(
                QStringLiteral("reached again"));
        },
        8000));
    CHECK(name->text() == QStringLiteral("Werkzeugbau Rudolstadt GmbH"));
    QTest::mouseClick(findChild<QPushButton>(page, "saveOrganisation"), Qt::LeftButton);
    auto other = Database::open(demo.db.path(), Database::OpenMode::OpenExisting);
    REQUIRE(other.ok());
    CHECK(OrganisationRepository(**other).get(id)->name ==
          QStringLiteral("Werkzeugbau Rudolstadt GmbH"));
}

TEST_CASE("the network is transferred to a server through the File menu and opened there",
          "[server]") {
    DemoWindow demo;
    const qint64 organisations = OrganisationRepository(*demo.db).count({}).value();
    QTemporaryDir dir;
    auto target = DatabaseLocation::parse(newDatabase(dir, QStringLiteral("buero.verbund")));
    REQUIRE(target.ok());
    QAction* transfer = nullptr;
    for (QAction* action : demo.window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Trans&fer the network to a server…"))
            transfer = action;
    }
    REQUIRE(transfer);
    // The question after the copy: work on there. The dialog asking again would mean the
    // copy failed: it is closed, so that the test ends.
    bool transferred = false;
    bool askedAgain = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            CHECK(box->text().contains(QStringLiteral("compared with the original")));
            box->button(QMessageBox::Yes)->click();
        } else if (auto* again = qobject_cast<QDialog*>(modal);
                   again && transferred && !qobject_cast<QProgressDialog*>(modal)) {
            askedAgain = true;
            again->reject();
        }
    });
    answer.start(50);
    withModalDialog(
        [&] { transfer->trigger(); },
        [&](QDialog* dialog) {
            auto* host = findChild<QLineEdit>(dialog, "host");
            host->setText(target->host());
            findChild<QSpinBox>(dialog, "port")->setValue(target->port());
            QTest::keyClicks(findChild<QLineEdit>(dialog, "database"), target->databaseName());
            auto* user = findChild<QLineEdit>(dialog, "user");
            user->clear();
            QTest::keyClicks(user, target->user());
            QTest::mouseClick(buttonWithText(dialog, QStringLiteral("Test connection")),
                              Qt::LeftButton);
            CHECK(findChild<QLabel>(dialog, "result")
                      ->text()
                      .contains(QStringLiteral("the database is empty and takes the network")));
            transferred = true;
            QTest::mouseClick(buttonWithText(dialog, QStringLiteral("Transfer")), Qt::LeftButton);
        });
    CHECK_FALSE(askedAgain);
    REQUIRE(eventually([&] { return demo.window.database()->location().isServer(); }));
    CHECK(demo.window.database()->location().databaseName() == target->databaseName());
    CHECK(demo.window.windowTitle().startsWith(target->databaseName()));
    CHECK(OrganisationRepository(*demo.window.database()).count({}).value() == organisations);
    CHECK(demo.table->model()->rowCount() > 0);
}

TEST_CASE("an organisation's history tab shows a saved change first, under the model tester") {
    DemoWindow demo;
    demo.table->selectRow(0);
    NetworkPage* page = demo.window.networkPage();
    auto* history = findChild<HistoryView>(page, "history");
    QAbstractItemModelTester tester(history->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* phone = findChild<QLineEdit>(page, "phone");
    const QString before = phone->text();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("0385 777888"));
    QTest::keyClick(&demo.window, Qt::Key_S, Qt::ControlModifier);

    auto* tabs = page->findChild<QTabWidget*>();
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(4).center());
    REQUIRE(tabs->currentWidget() == history);
    QAbstractItemModel* entries = history->model();
    REQUIRE(eventually([&] {
        return entries->rowCount() > 1 &&
               entries->index(0, 3).data().toString().startsWith(QStringLiteral("Phone: "));
    }));
    CHECK(entries->index(0, 2).data().toString() == QStringLiteral("Organisation changed"));
    CHECK(entries->index(0, 3).data().toString() ==
          QStringLiteral("Phone: %1 → 0385 777888")
              .arg(before.isEmpty() ? QStringLiteral("–") : before));
    CHECK(entries->index(0, 1).data().toString() == demo.window.database()->user().login);
    // The first entry, at the bottom: the organisation made.
    CHECK(entries->index(entries->rowCount() - 1, 2).data().toString() ==
          QStringLiteral("Organisation created"));

    // Another record: its own history.
    demo.table->selectRow(1);
    CHECK(eventually([&] {
        return entries->rowCount() > 0 &&
               !entries->index(0, 3).data().toString().contains(QStringLiteral("0385 777888"));
    }));
}

TEST_CASE("the window shows a reader no participants and lets an advisor keep the network but "
          "not delete from it",
          "[file]") {
    DemoWindow demo;
    auto* sidebar = findChild<QListWidget>(&demo.window, "sidebar");
    auto* userLabel = findChild<QLabel>(&demo.window, "userLabel");
    CHECK(userLabel->text().endsWith(enumLabel(UserRole::Administrator)));
    CHECK_FALSE(sidebar->item(4)->isHidden());

    // The office lists an administrator and makes the window's user an advisor.
    const QString me = demo.window.database()->user().login;
    UserService users(*demo.window.database());
    User chief;
    chief.login = QStringLiteral("chief");
    chief.role = UserRole::Administrator;
    REQUIRE(users.add(chief, {}).ok());
    User user;
    user.login = me;
    user.role = UserRole::Advisor;
    REQUIRE(users.add(user, {}).ok());
    const auto reopen = [&] {
        REQUIRE(demo.window.openDatabase(demo.db.path(), false).ok());
        demo.table->selectRow(0);
    };
    reopen();
    NetworkPage* page = demo.window.networkPage();
    CHECK(userLabel->text().endsWith(enumLabel(UserRole::Advisor)));
    CHECK_FALSE(sidebar->item(4)->isHidden());
    CHECK(findChild<QLineEdit>(page, "phone")->isEnabled());
    auto* contacts = findChild<RecordListPanel>(page, "contactPanel");
    page->findChild<QTabWidget*>()->setCurrentWidget(contacts);
    contacts->view()->selectRow(0);
    CHECK(buttonWithText(contacts, QStringLiteral("New contact…"))->isEnabled());
    CHECK_FALSE(buttonWithText(contacts, QStringLiteral("Delete"))->isEnabled());

    // Made a reader by the administrator: the participants go, the forms only show.
    {
        qputenv("USER", "chief");
        auto administrator = Database::open(demo.db.path(), Database::OpenMode::OpenExisting);
        qputenv("USER", me.toUtf8());
        REQUIRE(administrator.ok());
        REQUIRE((*administrator)->user().role == UserRole::Administrator);
        REQUIRE(UserService(**administrator).setRole(me, UserRole::Reader, 0).ok());
    }
    reopen();
    CHECK(userLabel->text().endsWith(enumLabel(UserRole::Reader)));
    CHECK(sidebar->item(4)->isHidden());
    CHECK_FALSE(findChild<QLineEdit>(page, "phone")->isEnabled());
    page->findChild<QTabWidget*>()->setCurrentWidget(contacts);
    CHECK_FALSE(buttonWithText(contacts, QStringLiteral("New contact…"))->isEnabled());
    QTest::keyClick(&demo.window, Qt::Key_5, Qt::ControlModifier);
    CHECK(sidebar->currentRow() == 1);
}
