#pragma once

#include "mainwindow.h"
#include "tempdatabase.h"

#include <QAbstractItemModel>
#include <QPushButton>
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

// The main window, shown, on a fresh copy of the demo network.
struct DemoWindow {
    TempDatabase db;
    MainWindow window;
    QTableView* table = nullptr; // the organisation list

    DemoWindow();
};

} // namespace Verbund::Testing
