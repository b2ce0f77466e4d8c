#pragma once

#include <QDialog>

class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Verbund {

// Datei → Sicherungen…: the automatic backups of the open network file, newest first, with
// what each holds; one is chosen to be restored, and how many are kept is set here.
class BackupsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)
public:
    BackupsDialog(const QString& file, QWidget* parent);
    // The backup chosen to restore once the dialog was accepted.
    QString chosenBackup() const { return m_chosen; }
    // "from 24.11.2026 16:30", for the question before the restore.
    QString chosenDescription() const { return m_description; }

private:
    void fill();

    QString m_file;
    QString m_chosen;
    QString m_description;
    QTableWidget* m_table;
    QSpinBox* m_kept;
    QPushButton* m_restore;
};

} // namespace Verbund
