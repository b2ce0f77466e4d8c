#include "confirm.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Verbund {

bool confirmDelete(QWidget* parent, const QString& title, const QString& question,
                   const QString& deleteLabel) {
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    QPushButton* remove = box.addButton(
        deleteLabel.isEmpty() ? QCoreApplication::translate("Verbund::Confirm", "Delete")
                              : deleteLabel,
        QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace Verbund
