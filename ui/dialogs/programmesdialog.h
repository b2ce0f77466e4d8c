#pragma once

#include <QDialog>

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

} // namespace Verbund
