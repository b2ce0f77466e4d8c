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

UnsavedChoice askAboutUnsavedChanges(QWidget* parent, const QString& question) {
    const auto answer = QMessageBox::question(
        parent, QCoreApplication::translate("Verbund::Confirm", "Unsaved changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return UnsavedChoice::Save;
    if (answer == QMessageBox::Discard)
        return UnsavedChoice::Discard;
    return UnsavedChoice::Stay;
}

bool askToReloadAfterConflict(QWidget* parent, const QString& message) {
    const auto answer = QMessageBox::warning(
        parent, QCoreApplication::translate("Verbund::Confirm", "Changed elsewhere"),
        message + QStringLiteral("\n\n") +
            QCoreApplication::translate(
                "Verbund::Confirm",
                "Reload shows the saved state; your changes in the form are then lost."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Reset;
}

} // namespace Verbund
