// The overview page's follow-ups due: done, snoozed, opened on their record; a follow-up made
// by hand on an organisation; the rules' settings and data; the search everywhere; the
// network's figures and the lists behind their bars.
#include "application/followupservice.h"
#include "common/dates.h"
#include "dialogs/figurelistdialog.h"
#include "models/examdeadlinetablemodel.h"
#include "models/figurerecordmodel.h"
#include "models/followuptablemodel.h"
#include "models/reportdatetablemodel.h"
#include "models/searchresultmodel.h"
#include "models/todaytablemodel.h"
#include "pages/curriculapage.h"
#include "pages/measurespage.h"
#include "pages/networkpage.h"
#include "pages/overviewpage.h"
#include "pages/participantspage.h"
#include "storage/enrollmentrepository.h"
#include "storage/measurerepository.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "uitesting.h"
#include "widgets/dateedit.h"
#include "widgets/figurespanel.h"
#include "widgets/followuppanel.h"
#include "widgets/recordlistpanel.h"
#include "widgets/searchfield.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Verbund;
using namespace Verbund::Testing;

namespace {

// The row of the follow-up about this record in the due list; -1 when it is not there.
int rowAbout(QAbstractItemModel* model, const QString& subject) {
    return int(columnTexts(model, 1).indexOf(subject));
}

} // namespace

TEST_CASE("the overview lists the follow-ups due – one is done, one snoozed, one opened on its "
          "record") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_1, Qt::ControlModifier);
    OverviewPage* page = demo.window.overviewPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    FollowUpPanel* due = page->followUps();
    FollowUpTableModel* model = due->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView* view = due->list()->view();

    // The demo's consultations' follow-ups are overdue, so due today.
    const QString krueger = QStringLiteral("Tischlerei Krüger");
    REQUIRE(rowAbout(model, krueger) >= 0);
    CHECK(model->index(rowAbout(model, krueger), 0).data(Qt::ForegroundRole).isValid());
    const int before = model->rowCount();

    // Done: it leaves the list, and is done in the data.
    view->selectRow(rowAbout(model, krueger));
    QTest::mouseClick(findChild<QPushButton>(due, "done"), Qt::LeftButton);
    REQUIRE(eventually([&] { return rowAbout(model, krueger) < 0; }));
    CHECK(model->rowCount() == before - 1);
    FollowUpFilter done;
    done.openOnly = false;
    auto all = FollowUpService(*demo.db).list(done, 100);
    REQUIRE(all.ok());
    const auto kruegers = std::find_if(all->cbegin(), all->cend(), [&](const FollowUpRow& row) {
        return row.subjectName == krueger && row.followUp.isDone();
    });
    REQUIRE(kruegers != all->cend());
    CHECK(kruegers->followUp.doneOn == today());

    // Snoozed by a week: not due today, due within the next 30 days.
    const QString nordplast = QStringLiteral("Nordplast Kunststofftechnik GmbH");
    view->selectRow(rowAbout(model, nordplast));
    auto* snooze = findChild<QPushButton>(due, "snooze");
    snooze->menu()->actions().at(1)->trigger();
    REQUIRE(eventually([&] { return rowAbout(model, nordplast) < 0; }));
    auto* until = findChild<QComboBox>(page, "dueUntil");
    until->setCurrentIndex(2);
    REQUIRE(eventually([&] { return rowAbout(model, nordplast) >= 0; }));
    CHECK(model->index(rowAbout(model, nordplast), 2).data().toString() ==
          formatDate(today().addDays(7)));

    // Opened: the network page shows the organisation.
    const QString agency = QStringLiteral("Agentur für Arbeit Schwerin");
    view->selectRow(rowAbout(model, agency));
    QTest::mouseClick(findChild<QPushButton>(due, "openRecord"), Qt::LeftButton);
    NetworkPage* network = demo.window.networkPage();
    REQUIRE(eventually([&] { return network->isVisible(); }));
    CHECK(findChild<QLineEdit>(network, "name")->text() == agency);
}

TEST_CASE("a follow-up made by hand on an organisation is listed on its tab and in the due "
          "list") {
    DemoWindow demo;
    NetworkPage* page = demo.window.networkPage();
    demo.table->selectRow(0);
    const QString name = findChild<QLineEdit>(page, "name")->text();
    FollowUpPanel* panel = findChild<FollowUpPanel>(page, "followUpPanel");
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->findChild<QTabWidget*>()->setCurrentWidget(panel);
    const int before = panel->model()->rowCount();
    withModalDialog(
        [&] {
            QTest::mouseClick(buttonWithText(panel, QStringLiteral("New follow-up…")),
                              Qt::LeftButton);
        },
        [&](QDialog* dialog) {
            // Without a task it is refused, and the dialog stays.
            findChild<QLineEdit>(dialog, "dueOn")->setText(formatDate(today()));
            QTest::keyClick(dialog, Qt::Key_Return);
            CHECK(dialog->isVisible());
            QTest::keyClicks(findChild<QLineEdit>(dialog, "text"),
                             QStringLiteral("Ausbildungsplan besprechen"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
    REQUIRE(eventually([&] { return panel->model()->rowCount() == before + 1; }));
    CHECK(columnTexts(panel->model(), 0).contains(QStringLiteral("Ausbildungsplan besprechen")));

    FollowUpTableModel* due = demo.window.overviewPage()->followUps()->model();
    REQUIRE(eventually([&] {
        return columnTexts(due, 0).contains(QStringLiteral("Ausbildungsplan besprechen"));
    }));
    CHECK(columnTexts(due, 1).contains(name));
}

TEST_CASE("the rules' exam sittings and report dates are listed as they are saved") {
    DemoWindow demo;
    ExamDeadlineTableModel deadlines;
    ReportDateTableModel reports;
    QAbstractItemModelTester t1(&deadlines, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&reports, QAbstractItemModelTester::FailureReportingMode::Fatal);
    deadlines.setDatabase(demo.db.get());
    reports.setDatabase(demo.db.get());
    auto chambers = OrganisationRepository(*demo.db).search(QStringLiteral("IHK"),
                                                            {OrganisationKind::Chamber}, 1);
    REQUIRE(chambers.ok());
    REQUIRE(!chambers->isEmpty());
    ExamDeadline winter{{},
                        chambers->first().meta.id,
                        QStringLiteral("Winterprüfung 2027/28"),
                        QDate(2027, 9, 1),
                        QDate(2027, 11, 20)};
    REQUIRE(FollowUpService(*demo.db).save(winter).ok());
    REQUIRE(eventually([&] { return deadlines.rowCount() == 1; }));
    CHECK(deadlines.index(0, 2).data().toString() == QStringLiteral("01.09.2027"));
    CHECK(deadlines.index(0, 0).data().toString() == chambers->first().name);
}

TEST_CASE("the search everywhere (Ctrl+K) finds across kinds with umlauts folded and opens the "
          "record chosen") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_1, Qt::ControlModifier);
    auto* search = findChild<SearchField>(&demo.window, "searchEverywhere");
    QAbstractItemModelTester tester(search->results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClick(&demo.window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(eventually([&] { return search->hasFocus(); }));
    QTest::keyClicks(search, QStringLiteral("kruger"));
    REQUIRE(eventually([&] { return search->results()->rowCount() > 0; }));
    const QStringList shown = columnTexts(search->results(), 0);
    CHECK(shown.first() == QStringLiteral("Organisations"));
    CHECK(shown.contains(QStringLiteral("Contacts")));
    CHECK(std::any_of(shown.cbegin(), shown.cend(), [](const QString& line) {
        return line.startsWith(QStringLiteral("Olaf Krüger – "));
    }));
    // The headings cannot be chosen.
    CHECK_FALSE(
        search->results()->flags(search->results()->index(0)).testFlag(Qt::ItemIsSelectable));

    // Enter opens the first record found on its page, and the field is empty again.
    QTest::keyClick(search, Qt::Key_Return);
    NetworkPage* network = demo.window.networkPage();
    REQUIRE(eventually([&] { return network->isVisible(); }));
    CHECK(findChild<QLineEdit>(network, "name")->text() == QStringLiteral("Tischlerei Krüger"));
    CHECK(search->text().isEmpty());

    // A curriculum by a word of its title, typed without its umlaut.
    QTest::keyClick(&demo.window, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("padagog"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(eventually([&] { return demo.window.curriculaPage()->isVisible(); }));
    CHECK(findChild<QLineEdit>(demo.window.curriculaPage(), "title")->text() ==
          QStringLiteral("Qualifizierung des pädagogischen Personals"));
}

TEST_CASE("each of today's tiles shows its list's number and opens the list, whose lines open "
          "their measure") {
    DemoWindow demo;
    Database& db = *demo.window.database();
    // A measure of these days: a session today, one three days ago without attendance.
    Measure m;
    m.title = QStringLiteral("Gabelstaplerschein Frühjahr");
    m.startDate = today().addDays(-10);
    m.endDate = today().addDays(10);
    m.status = MeasureStatus::Running;
    REQUIRE(MeasureRepository(db).save(m).ok());
    auto people = ParticipantRepository(db).where(QStringLiteral("TRUE"), {});
    REQUIRE(people.ok());
    Enrollment e;
    e.measureId = m.meta.id;
    e.participantId = people->first().meta.id;
    e.status = EnrollmentStatus::Active;
    REQUIRE(EnrollmentRepository(db).save(e).ok());
    for (const int daysAgo : {0, 3}) {
        Session s{{}, m.meta.id, today().addDays(-daysAgo),  QTime(8, 0), QTime(12, 0), 5,
                  0,  0,         QStringLiteral("Herr Ohm"), {}};
        REQUIRE(SessionRepository(db).save(s).ok());
    }

    QTest::keyClick(&demo.window, Qt::Key_1, Qt::ControlModifier);
    OverviewPage* page = demo.window.overviewPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    // The lists read again after the change.
    REQUIRE(eventually([&] {
        return columnTexts(page->todayModel(TodayList::SessionsToday), 0).contains(m.title) &&
               columnTexts(page->todayModel(TodayList::AttendanceMissing), 0).contains(m.title);
    }));
    for (const TodayList list :
         {TodayList::SessionsToday, TodayList::SessionsTomorrow, TodayList::AttendanceMissing,
          TodayList::EndingSoon, TodayList::CertificatesMissing}) {
        TodayTableModel* model = page->todayModel(list);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(eventually([&] {
            return page->tile(list)->text().startsWith(QString::number(model->rowCount()) +
                                                       QLatin1Char('\n'));
        }));
    }

    // The tile shows its list; Enter on a line opens the measure.
    QTest::mouseClick(page->tile(TodayList::AttendanceMissing), Qt::LeftButton);
    auto* view = findChild<QTableView>(page, "todayList2");
    REQUIRE(eventually([&] { return view->isVisible(); }));
    const int row = int(columnTexts(view->model(), 0).indexOf(m.title));
    view->setFocus();
    view->selectRow(row);
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(eventually([&] { return demo.window.measuresPage()->isVisible(); }));
    CHECK(findChild<QLineEdit>(demo.window.measuresPage(), "title")->text() == m.title);
}

TEST_CASE("the overview's figures are the network's, for the period chosen, and a bar's list opens "
          "its records") {
    DemoWindow demo;
    Database& db = *demo.window.database();
    QTest::keyClick(&demo.window, Qt::Key_1, Qt::ControlModifier);
    OverviewPage* page = demo.window.overviewPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    FiguresPanel* figures = page->figures();
    page->parts()->setCurrentWidget(figures);
    REQUIRE(eventually([&] { return figures->charts().size() == NetworkFigures::all().size(); }));

    // The charts are the figures counted in core for the panel's period: this year.
    const FigureScope scope = figures->scope();
    CHECK(scope.from == QDate(QDate::currentDate().year(), 1, 1));
    CHECK(scope.to == QDate(QDate::currentDate().year(), 12, 31));
    auto expected = NetworkFigures::read(db, scope);
    REQUIRE(expected.ok());
    for (int i = 0; i < expected->size(); ++i) {
        CHECK(figures->charts().at(i).summary == expected->at(i).summary);
        CHECK(figures->charts().at(i).total() == expected->at(i).total());
    }

    // Another period reads them again.
    auto* period = findChild<QComboBox>(figures, "figurePeriod");
    period->setCurrentIndex(period->findText(QStringLiteral("last year")));
    REQUIRE(eventually([&] { return figures->scope().from.year() == scope.from.year() - 1; }));
    auto lastYear = NetworkFigures::read(db, figures->scope());
    REQUIRE(lastYear.ok());
    CHECK(figures->charts().first().summary == lastYear->first().summary);
    period->setCurrentIndex(period->findText(QStringLiteral("this year")));

    // A bar's line in the chart's list menu opens its records; Enter opens one on its page.
    const int figure = int(Figure::ParticipantsByEmployment);
    auto* list = findChild<QToolButton>(
        figures, QStringLiteral("figureList%1").arg(figure).toLatin1().constData());
    QAction* unemployed = nullptr;
    for (QAction* action : list->menu()->actions()) {
        if (action->text().startsWith(QStringLiteral("Unemployed")))
            unemployed = action;
    }
    REQUIRE(unemployed);
    unemployed->trigger();
    FigureListDialog* dialog = nullptr;
    REQUIRE(eventually([&] {
        dialog = qobject_cast<FigureListDialog*>(QApplication::activeModalWidget());
        return dialog != nullptr;
    }));
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const FigureChart& chart = figures->charts().at(figure);
    const auto bar = std::find_if(chart.bars.cbegin(), chart.bars.cend(), [](const FigureBar& b) {
        return b.key == QLatin1String("unemployed");
    });
    REQUIRE(bar != chart.bars.cend());
    CHECK(dialog->model()->rowCount() == bar->value);
    const QString person = dialog->model()->index(0, 0).data().toString();
    dialog->activateWindow();
    dialog->view()->setFocus();
    REQUIRE(eventually([&] { return dialog->view()->hasFocus(); }));
    QTest::keyClick(dialog->view(), Qt::Key_Return);
    REQUIRE(eventually([&] { return demo.window.participantsPage()->isVisible(); }));
    CHECK(person.startsWith(
        findChild<QLineEdit>(demo.window.participantsPage(), "lastName")->text()));
}
