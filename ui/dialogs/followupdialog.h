#pragma once

#include "domain/followup.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;

namespace Verbund {

class Database;
class DateEdit;

// Makes or edits a follow-up about one record: what to do (the rule's task for one a rule
// made), by when, by whom, and the day it was done.
class FollowUpDialog final : public RecordDialog {
    Q_OBJECT
public:
    // `about` names the record the follow-up is about, as the dialog shows it.
    FollowUpDialog(Database& database, FollowUp followUp, const QString& about,
                   QWidget* parent = nullptr);
    const FollowUp& followUp() const { return m_followUp; }

protected:
    Status save() override;

private:
    Database& m_database;
    FollowUp m_followUp;
    QLineEdit* m_text;
    DateEdit* m_dueOn;
    QComboBox* m_owner;
    DateEdit* m_doneOn;
};

} // namespace Verbund
