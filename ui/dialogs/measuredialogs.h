#pragma once

#include "application/measureservice.h"
#include "domain/enrollment.h"
#include "domain/participant.h"
#include "recorddialog.h"

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace Verbund {

class Database;
class DateEdit;
class ParticipantForm;

// Adds a new person, for instance while enrolling them in a measure.
class ParticipantDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantDialog)
public:
    ParticipantDialog(Database& database, Participant participant, QWidget* parent = nullptr);
    const Participant& participant() const { return m_participant; }
    void accept() override;

private:
    Database& m_database;
    Participant m_participant;
    ParticipantForm* m_form;
};

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
    QComboBox* m_participant;
    QComboBox* m_path;
    QComboBox* m_status;
    DateEdit* m_start;
    DateEdit* m_exit;
    QListWidget* m_credits;
    DateEdit* m_examDate;
    QComboBox* m_examResult;
    QComboBox* m_hiredBy;
    DateEdit* m_hiredOn;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
