#pragma once

#include "reports/reportregistry.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;

namespace Verbund {

class CsvWriter;
class Database;
class DateEdit;

// Asks for the period of a report of a period (and, where it takes them, the programme whose
// measures it counts or the site whose work it shows) and shows it in the print preview, writes it
// as PDF, or as CSV where the report has a table for a template (the indicators).
class PeriodReportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodReportDialog)
public:
    // `hint` says what the report holds.
    PeriodReportDialog(Database& database, const Report& report, const QString& hint,
                       QWidget* parent = nullptr);

    // Offers "Export CSV…", writing what `write` makes of the request.
    using CsvOutput = std::function<Status(CsvWriter& csv, const ReportRequest& request)>;
    void addCsvExport(const CsvOutput& write);
    // Starts from these days and this site (0 for all), as the overview's figures show them.
    void setRequest(const QDate& from, const QDate& to, qint64 siteId);

private:
    // The request for what was entered, after checking the dates; none when they are wrong.
    std::optional<ReportRequest> request();
    void produce(bool preview);

    Database& m_database;
    const Report& m_report;
    DateEdit* m_from;
    DateEdit* m_to;
    QComboBox* m_programme = nullptr;
    QComboBox* m_site = nullptr;
    QDialogButtonBox* m_buttons;
};

} // namespace Verbund
