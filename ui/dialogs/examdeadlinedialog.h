#pragma once

#include "domain/examdeadline.h"
#include "recorddialog.h"

class QLineEdit;

namespace Verbund {

class Database;
class DateEdit;
class SearchChoice;

// Makes or edits a chamber's exam sitting with its registration deadline.
class ExamDeadlineDialog final : public RecordDialog {
    Q_OBJECT
public:
    ExamDeadlineDialog(Database& database, ExamDeadline deadline, QWidget* parent = nullptr);
    const ExamDeadline& deadline() const { return m_deadline; }

protected:
    Status save() override;

private:
    Database& m_database;
    ExamDeadline m_deadline;
    SearchChoice* m_chamber;
    QLineEdit* m_title;
    DateEdit* m_registrationBy;
    DateEdit* m_examOn;
};

} // namespace Verbund
