#pragma once

#include <QWidget>

class QAction;

namespace Verbund {

class Database;

// One area of the main window (network, curricula, …): shows the open database, guards its
// unsaved edits, and offers its actions for the Edit menu.
class Page : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    using QWidget::QWidget;

    virtual void setDatabase(Database* database) = 0;
    // Asks what to do with unsaved changes; false when the user wants to stay.
    virtual bool confirmLeave() = 0;
    // The page's actions for the Edit menu, in order; nullptr stands for a separator.
    virtual QList<QAction*> editActions() const = 0;

signals:
    void statusMessage(const QString& message);
};

} // namespace Verbund
