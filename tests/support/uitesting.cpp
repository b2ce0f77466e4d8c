#include "uitesting.h"

#include "demo/demonetwork.h"
#include "pages/networkpage.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

namespace Verbund::Testing {

QPushButton* buttonWithText(QWidget* parent, const QString& text) {
    for (QPushButton* button : parent->findChildren<QPushButton*>()) {
        if (button->text().remove(QLatin1Char('&')) == text && button->isVisible())
            return button;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

void withModalDialog(const std::function<void()>& open,
                     const std::function<void(QDialog*)>& handle) {
    bool handled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        handled = true;
        handle(dialog);
    });
    open();
    CHECK(handled);
}

QStringList columnTexts(QAbstractItemModel* model, int column) {
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

bool eventually(const std::function<bool()>& condition) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > 5000)
            return false;
        QTest::qWait(20);
    }
    return true;
}

GermanUi::GermanUi() {
    REQUIRE(m_own.load(QStringLiteral(":/i18n/verbund_de.qm")));
    REQUIRE(QCoreApplication::installTranslator(&m_own));
    if (m_qt.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

GermanUi::~GermanUi() {
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(m_locale);
}

FreshSettings::FreshSettings() {
    QSettings().clear();
}

DemoWindow::DemoWindow() {
    REQUIRE(createDemoNetwork(*db).ok());
    REQUIRE(window.openDatabase(db.path(), false).ok());
    window.showPage(1); // the network, which most tests work on
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    table = findChild<QTableView>(window.networkPage(), "organisationTable");
}

} // namespace Verbund::Testing
