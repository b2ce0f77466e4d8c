#pragma once

#include "application/measureservice.h"
#include "domain/session.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Verbund {

class SearchChoice;

class Database;
class DateEdit;
class TimeEdit;

// Adds or edits one session of a measure.
class SessionDialog final : public RecordDialog {
    Q_OBJECT
public:
    SessionDialog(Database& database, const MeasureView& measure, Session session,
                  QWidget* parent = nullptr);
    // The session as saved.
    const Session& session() const { return m_session; }

protected:
    Status save() override;

private:
    Database& m_database;
    Session m_session;
    DateEdit* m_date;
    TimeEdit* m_start;
    TimeEdit* m_end;
    QSpinBox* m_ue;
    QComboBox* m_topic;
    SearchChoice* m_location;
    QLineEdit* m_trainer;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
