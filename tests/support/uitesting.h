#pragma once

#include "mainwindow.h"
#include "tempdatabase.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>
#include <functional>

class QDialog;
class QTableView;

namespace Verbund::Testing {

template <typename T> T* findChild(QWidget* parent, const char* name) {
    T* child = parent->findChild<T*>(QLatin1String(name));
    REQUIRE(child != nullptr);
    return child;
}

// The visible button with this text (mnemonic ampersands ignored).
QPushButton* buttonWithText(QWidget* parent, const QString& text);

// Runs the action with the modal dialog it opens: the handler sees the dialog once it is up.
void withModalDialog(const std::function<void()>& open,
                     const std::function<void(QDialog*)>& handle);

QStringList columnTexts(QAbstractItemModel* model, int column);

// Waits up to five seconds, letting events run, for the condition to hold; for REQUIRE.
bool eventually(const std::function<bool()>& condition);

// The window in German, as a coordinator sees it, while the object lives (made before the
// window, whose texts are set as it is built).
class GermanUi final {
public:
    GermanUi();
    ~GermanUi();

private:
    QTranslator m_own;
    QTranslator m_qt;
    QLocale m_locale;
};

// Forgets the window sizes and recent files an earlier test left in the tests' settings.
struct FreshSettings {
    FreshSettings();
};

// The main window, shown on its network page, on a fresh copy of the demo network.
struct DemoWindow {
    FreshSettings settings; // before the window, which reads them
    TempDatabase db;
    MainWindow window;
    QTableView* table = nullptr; // the organisation list

    DemoWindow();
};

} // namespace Verbund::Testing
