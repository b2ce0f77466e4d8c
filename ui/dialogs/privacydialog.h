#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Verbund {

class Database;
class ErasureLogTableModel;
class RetentionTableModel;

// Büro → Datenschutz: the retention rule and the grace period of backups after an erasure
// (network settings), the review list of the people past the retention period, from which a
// coordinator erases the chosen ones in one step, and the erasure log.
class PrivacyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyDialog)
public:
    explicit PrivacyDialog(Database& database, QWidget* parent = nullptr);

private:
    void saveSettings();
    void updateReview();
    void eraseChosen();
    QList<qint64> chosenIds() const;

    Database& m_database;
    QSpinBox* m_retentionYears;
    QSpinBox* m_graceDays;
    RetentionTableModel* m_review;
    QTableView* m_reviewView;
    QLabel* m_reviewCount;
    QPushButton* m_erase;
    ErasureLogTableModel* m_log;
};

} // namespace Verbund
