#include "attendanceview.h"

#include <QKeyEvent>

namespace Verbund {

void AttendanceView::keyPressEvent(QKeyEvent* event) {
    const QModelIndex current = currentIndex();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (!plain || !current.isValid() || !(model()->flags(current) & Qt::ItemIsEditable) ||
        editTriggers() == NoEditTriggers || state() == EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    QString value;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Plus:
        value = QStringLiteral("+");
        break;
    case Qt::Key_E:
        value = QStringLiteral("e");
        break;
    case Qt::Key_X:
    case Qt::Key_Minus:
        value = QStringLiteral("x");
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        value = QString();
        break;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
            value = QString::number(event->key() - Qt::Key_0);
            break;
        }
        QTableView::keyPressEvent(event);
        return;
    }
    if (model()->setData(current, value)) {
        // On to the next person, as down a paper list.
        const QModelIndex next = current.siblingAtRow(current.row() + 1);
        if (next.isValid() && (model()->flags(next) & Qt::ItemIsEditable))
            setCurrentIndex(next);
    }
    event->accept();
}

} // namespace Verbund
