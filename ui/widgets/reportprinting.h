#pragma once

#include "common/result.h"
#include "domain/personkind.h"
#include "reports/reportregistry.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QWidget;

namespace Verbund {

class CsvWriter;

class Database;
struct ReportDocument;

// How the window hands a report to the user: on paper, by way of the print preview, or as a
// PDF file.
class ReportPrinting final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::ReportPrinting)
public:
    // Makes the output (paper, a file) of a document.
    using Output = std::function<Status(const ReportDocument& document)>;
    // Makes the output of what is to be printed or saved: the previewed document itself, or
    // one issued only now (certificates with their serial numbers). An empty issuer means
    // the document as it is.
    using Issuer = std::function<Status(const Output& output)>;

    // Shows the report in the print preview, from where the user prints it or saves it.
    static void showPreview(const ReportDocument& document, QWidget* parent,
                            const Issuer& issue = {});
    // Builds the report for the request and shows it in the print preview; what is printed
    // or saved from there is issued only then (certificates get their serial numbers). When
    // it cannot be built the user is told why.
    static void showPreview(const Report& report, Database& database, const ReportRequest& request,
                            QWidget* parent);
    // Asks for the printer and prints; false when the user cancelled or printing failed (then
    // the user was told why).
    static bool print(const ReportDocument& document, QWidget* parent, const Issuer& issue = {});

    // Asks where to save and writes the report as a PDF file; returns the path, empty when
    // the user cancelled or writing failed (then the user was told why).
    static QString exportPdf(const ReportDocument& document, const QString& suggestedName,
                             QWidget* parent, const Issuer& issue = {});
    // Builds and issues the report for the request into a PDF file the user chooses.
    static QString exportPdf(const Report& report, Database& database, const ReportRequest& request,
                             const QString& suggestedName, QWidget* parent);

    // Asks where to save and writes the list as it is shown (filtered and sorted, every row,
    // also those not fetched yet) as a CSV file German Excel opens; returns the path.
    static QString exportList(QAbstractItemModel* model, const QString& suggestedName,
                              QWidget* parent);
    // Asks where to save and writes every record of the kind with all its fields, as
    // `verbund export KIND` does; returns the path.
    static QString exportAllFields(Database& database, const QString& kind,
                                   const QString& suggestedName, QWidget* parent);
    // Asks where to save and writes a person's data for their copy (GDPR Art. 15/20): a PDF
    // to hand over, or JSON, as the chosen name ends; returns the path.
    static QString exportPerson(Database& database, PersonKind kind, qint64 id,
                                const QString& suggestedName, QWidget* parent);
    // Asks where to save and writes a CSV file German Excel opens with what `write` makes;
    // returns the path.
    static QString exportCsv(const QString& suggestedName, QWidget* parent,
                             const std::function<Status(CsvWriter& csv)>& write);
    // The list's rows as they are shown, read block by block.
    static void writeList(QAbstractItemModel* model, CsvWriter& csv);

private:
    // The output of the issued document, or of this one when there is no issuer.
    static Status issued(const ReportDocument& document, const Issuer& issue, const Output& output);
    // Asks where to save (starting in the folder used last), writes with write(path) and
    // tells of a failure; returns the path, or nothing.
    static QString saveAs(QWidget* parent, const QString& title, const QString& suggestedName,
                          const QString& suffix, const QString& filter,
                          const std::function<Status(const QString& path)>& write);
};

} // namespace Verbund
