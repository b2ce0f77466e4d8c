#pragma once

#include <QDialog>

namespace Verbund {

class Database;
class DateEdit;

// Asks for the period of the funding report and shows it in the print preview or writes it
// as PDF.
class FundingReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingReportDialog)
public:
    FundingReportDialog(Database& database, QWidget* parent = nullptr);

private:
    // The report for the period entered, after checking the dates; false when they are wrong.
    bool report(bool preview);

    Database& m_database;
    DateEdit* m_from;
    DateEdit* m_to;
};

} // namespace Verbund
