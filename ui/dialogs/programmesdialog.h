#pragma once

#include "domain/funding.h"
#include "recorddialog.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Verbund {

class Database;
class FunderTableModel;
class ProgrammeTableModel;
class RecordListPanel;

// The funders and the funding programmes with their rates by company size. Rates change by
// law, so they are kept here, never in the program.
class ProgrammesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammesDialog)
public:
    ProgrammesDialog(Database& database, QWidget* parent = nullptr);

private:
    void editProgramme(qint64 id);
    void removeProgramme(qint64 id);
    void editFunder(qint64 id);
    void removeFunder(qint64 id);
    void showError(const QString& message);

    Database& m_database;
    ProgrammeTableModel* m_programmes;
    FunderTableModel* m_funders;
    RecordListPanel* m_programmePanel;
    RecordListPanel* m_funderPanel;
};

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
    QComboBox* m_organisation;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
