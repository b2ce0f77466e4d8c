#pragma once

#include "application/measureservice.h"
#include "domain/enrollment.h"
#include "recorddialog.h"

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace Verbund {

class SearchChoice;

class Database;
class DateEdit;

// Enrolls a person in a measure, or edits the enrollment: path, status, dates, credited
// topics, exam and hiring.
class EnrollmentDialog final : public RecordDialog {
    Q_OBJECT
public:
    EnrollmentDialog(Database& database, const MeasureView& view, Enrollment enrollment,
                     QWidget* parent = nullptr);
    const Enrollment& enrollment() const { return m_enrollment; }

protected:
    Status save() override;

private:
    void newParticipant();

    Database& m_database;
    Enrollment m_enrollment;
    SearchChoice* m_participant;
    QComboBox* m_path;
    QComboBox* m_status;
    DateEdit* m_start;
    DateEdit* m_exit;
    QListWidget* m_credits;
    DateEdit* m_examDate;
    QComboBox* m_examResult;
    SearchChoice* m_hiredBy;
    DateEdit* m_hiredOn;
    QComboBox* m_exitStatus;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
