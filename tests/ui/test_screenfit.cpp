// Everything fits a 1366×768 laptop screen (the tests' screen) in German, the longer of the
// two languages: the window, every page and tab, every dialog and the print preview, with no
// sideways scrolling and no button cut off.
#include "application/measureservice.h"
#include "dialogs/connectdialog.h"
#include "dialogs/consentdialog.h"
#include "dialogs/consultationdialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/enrollmentdialog.h"
#include "dialogs/erasuredialog.h"
#include "dialogs/examdeadlinedialog.h"
#include "dialogs/followupdialog.h"
#include "dialogs/followuprulesdialog.h"
#include "dialogs/funderdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/officedialog.h"
#include "dialogs/participantdialog.h"
#include "dialogs/periodreportdialog.h"
#include "dialogs/privacydialog.h"
#include "dialogs/programmedialog.h"
#include "dialogs/programmesdialog.h"
#include "dialogs/reportdatedialog.h"
#include "dialogs/seriesdialog.h"
#include "dialogs/sessiondialog.h"
#include "dialogs/sitedialog.h"
#include "dialogs/staffdialog.h"
#include "dialogs/userdialog.h"
#include "dialogs/usersdialog.h"
#include "pages/measurespage.h"
#include "pages/networkpage.h"
#include "pages/participantspage.h"
#include "reports/curriculumsheet.h"
#include "storage/curriculumrepository.h"
#include "storage/measurerepository.h"
#include "uitesting.h"
#include "widgets/reportprinting.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

using namespace Verbund;
using namespace Verbund::Testing;

namespace {

// True when the widget sits in content that scrolls (it may be out of sight, not cut off).
bool insideScrolledContent(const QWidget* widget, const QWidget* window) {
    for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(w->parentWidget()) ||
            qobject_cast<const QAbstractScrollArea*>(w))
            return true;
    }
    return false;
}

// The widget's class and name, with those of its named ancestors, to find it in the code.
QString nameOf(const QWidget* widget) {
    QStringList names;
    for (const QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (w == widget || !w->objectName().isEmpty() ||
            QLatin1String(w->metaObject()->className()).startsWith(QLatin1String("Verbund::")))
            names.prepend(
                QString::fromLatin1(w->metaObject()->className()) +
                (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName()));
    }
    return names.join(QLatin1String(" > "));
}

// What a user of the laptop would find wrong with the window as it is shown now.
QStringList problemsOf(QWidget* window) {
    QApplication::processEvents();
    QStringList problems;
    const QString where = window->windowTitle();
    const QRect screen = window->screen()->availableGeometry();
    if (!screen.contains(window->frameGeometry()))
        problems << QStringLiteral("%1: %2×%3 is larger than the screen")
                        .arg(where)
                        .arg(window->frameGeometry().width())
                        .arg(window->frameGeometry().height());
    for (QAbstractScrollArea* area : window->findChildren<QAbstractScrollArea*>()) {
        // The attendance grid has a column per session: a course of 150 days scrolls through
        // its weeks, as a spreadsheet of them would.
        if (area->objectName() == QLatin1String("attendanceGrid"))
            continue;
        if (area->isVisible() && area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("%1: %2 scrolls sideways").arg(where, nameOf(area));
    }
    for (QTabBar* tabs : window->findChildren<QTabBar*>()) {
        for (QAbstractButton* arrow : tabs->findChildren<QAbstractButton*>()) {
            if (tabs->isVisible() && arrow->isVisible())
                problems << QStringLiteral("%1: tabs hide behind arrows (%2: %3 of %4 px)")
                                .arg(where, tabs->tabText(0))
                                .arg(tabs->width())
                                .arg(tabs->sizeHint().width());
        }
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || qobject_cast<QTabBar*>(button->parentWidget()) ||
            insideScrolledContent(button, window))
            continue;
        const QRect shown(button->mapTo(window, QPoint(0, 0)), button->size());
        if (!window->rect().contains(shown))
            problems << QStringLiteral("%1: the button “%2” is cut off").arg(where, button->text());
    }
    return problems;
}

// The dialog as it opens (modal or not), checked.
QStringList problemsOfDialog(QDialog& dialog) {
    dialog.show();
    return problemsOf(&dialog);
}

} // namespace

TEST_CASE("every page and tab of the German window fits a 1366×768 screen") {
    GermanUi german;
    DemoWindow demo;
    QStringList problems = problemsOf(&demo.window);
    for (int page = 0; page < 5; ++page) {
        demo.window.showPage(page);
        QWidget* shown = nullptr;
        for (QWidget* candidate :
             std::initializer_list<QWidget*>{demo.window.networkPage(), demo.window.measuresPage(),
                                             demo.window.participantsPage()}) {
            if (candidate->isVisible())
                shown = candidate;
        }
        problems << problemsOf(&demo.window);
        if (!shown)
            continue;
        // The first record is chosen; every tab of its detail is looked at.
        for (QTabWidget* tabs : shown->findChildren<QTabWidget*>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (!tabs->isTabEnabled(tab))
                    continue;
                tabs->setCurrentIndex(tab);
                problems << problemsOf(&demo.window);
            }
        }
    }
    problems.removeDuplicates();
    CHECK(problems.join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("every German dialog and the print preview fit a 1366×768 screen") {
    GermanUi german;
    DemoWindow demo;
    Database& db = *demo.db;
    QWidget* parent = &demo.window;
    auto measure = MeasureRepository(db).find(QStringLiteral("Kaufmann/-frau für Dialogmarketing"));
    REQUIRE(measure.ok());
    auto view = MeasureService(db).open(measure->meta.id);
    REQUIRE(view.ok());
    QStringList problems;
    {
        OfficeDialog dialog(db, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ProgrammesDialog dialog(db, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        PeriodReportDialog dialog(db, *ReportRegistry::find(QStringLiteral("indicators")),
                                  QStringLiteral("Die Teilnehmendenzahlen der Mittelgeber."),
                                  parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ImportDialog dialog(db, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ParticipantDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        Enrollment enrollment;
        enrollment.measureId = measure->meta.id;
        EnrollmentDialog dialog(db, *view, enrollment, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        Session session;
        session.measureId = measure->meta.id;
        session.date = measure->startDate;
        SessionDialog dialog(db, *view, session, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        SeriesDialog dialog(db, *view, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ProgrammeDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        FunderDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ContactDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ConsultationDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        StaffDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        SiteDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        UsersDialog dialog(db, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        UserDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ConsentDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        PrivacyDialog dialog(db, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        FollowUpRulesDialog dialog(db, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        FollowUp followUp;
        followUp.rule = FollowUpRule::ExamRegistration;
        followUp.text = QStringLiteral("Winterprüfung 2027/28, IHK zu Schwerin");
        FollowUpDialog dialog(db, followUp,
                              QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"),
                              parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ExamDeadlineDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ReportDateDialog dialog(db, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ErasureDialog dialog(PersonKind::Participant,
                             QStringLiteral("Die personenbezogenen Daten von „Mustermann-"
                                            "Lüdenscheid, Maximiliane“ löschen? 3 Teilnahmen und "
                                            "der Verlauf von 214 Änderungen bleiben ohne sie."),
                             ErasureDialog::Basis::Request, parent);
        problems << problemsOfDialog(dialog);
    }
    // Both purposes, the second asked again with the server's longest answer.
    {
        ConnectDialog dialog(ConnectDialog::Purpose::Open, {}, {}, parent);
        problems << problemsOfDialog(dialog);
    }
    {
        ConnectDialog dialog(
            ConnectDialog::Purpose::Transfer,
            *DatabaseLocation::parse(QStringLiteral("postgresql://anna@server.example:5432/buero")),
            QStringLiteral("Der Server von buero auf server.example als anna "
                           "verlangt ein Passwort, und das angegebene fehlt "
                           "oder ist falsch."),
            parent);
        problems << problemsOfDialog(dialog);
    }
    // The print preview is modal: looked at once it is up, then closed.
    auto curriculum =
        CurriculumRepository(db).find(QStringLiteral("Qualifizierung der ausbildenden Fachkräfte"));
    REQUIRE(curriculum.ok());
    const ReportDocument sheet = CurriculumSheet::build(*curriculum, QStringLiteral("Verbund"));
    withModalDialog([&] { ReportPrinting::showPreview(sheet, parent); },
                    [&](QDialog* preview) {
                        problems << problemsOf(preview);
                        preview->reject();
                    });
    problems.removeDuplicates();
    CHECK(problems.join(QLatin1Char('\n')).toStdString() == "");
}
