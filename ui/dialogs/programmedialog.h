#pragma once

#include "domain/funding.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Verbund {

class Database;

// Adds or edits a programme: name, description, who pays, rates by company size.
class ProgrammeDialog final : public RecordDialog {
    Q_OBJECT
public:
    ProgrammeDialog(Database& database, Programme programme, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    void addRate();

    Database& m_database;
    Programme m_programme;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_funder;
    QTableWidget* m_rates;
};

} // namespace Verbund
