#pragma once

#include "domain/funding.h"
#include "recorddialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace Verbund {

class Database;
class SearchChoice;

// Adds or edits a named funder, or one standing for an organisation.
class FunderDialog final : public RecordDialog {
    Q_OBJECT
public:
    FunderDialog(Database& database, Funder funder, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_database;
    Funder m_funder;
    QLineEdit* m_name;
    SearchChoice* m_organisation;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
