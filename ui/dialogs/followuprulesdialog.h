#pragma once

#include <QDialog>

namespace Verbund {

class Database;
class ExamDeadlineTableModel;
class RecordListPanel;
class ReportDateTableModel;

// Office → Follow-up rules: which rules make follow-ups by themselves, the chambers' exam
// sittings and the funders' report dates they remind of. Every change is saved at once.
class FollowUpRulesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpRulesDialog)
public:
    explicit FollowUpRulesDialog(Database& database, QWidget* parent = nullptr);

private:
    QWidget* rulesTab();
    void editDeadline(qint64 id);
    void removeDeadline(qint64 id);
    void editReportDate(qint64 id);
    void removeReportDate(qint64 id);
    void showError(const QString& message);

    Database& m_database;
    ExamDeadlineTableModel* m_deadlines;
    ReportDateTableModel* m_reportDates;
    RecordListPanel* m_deadlinePanel;
    RecordListPanel* m_reportDatePanel;
};

} // namespace Verbund
