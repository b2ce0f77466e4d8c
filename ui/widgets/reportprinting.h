#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QAbstractItemModel;
class QWidget;

namespace Verbund {

struct ReportDocument;

// How the window hands a report to the user: on paper, by way of the print preview, or as a
// PDF file.
class ReportPrinting final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::ReportPrinting)
public:
    // Shows the report in the print preview, from where the user prints it.
    static void showPreview(const ReportDocument& document, QWidget* parent);

    // Asks where to save and writes the report as a PDF file; returns the path, empty when
    // the user cancelled or writing failed (then the user was told why).
    static QString exportPdf(const ReportDocument& document, const QString& suggestedName,
                             QWidget* parent);

    // Asks where to save and writes the list as it is shown (filtered and sorted, every row,
    // also those not fetched yet) as a CSV file German Excel opens; returns the path.
    static QString exportList(QAbstractItemModel* model, const QString& suggestedName,
                              QWidget* parent);
    // The list's rows as CSV.
    static QByteArray listAsCsv(QAbstractItemModel* model);

private:
    // Asks where to save (starting in the folder used last), writes with write(path) and
    // tells of a failure; returns the path, or nothing.
    static QString saveAs(QWidget* parent, const QString& title, const QString& suggestedName,
                          const QString& suffix, const QString& filter,
                          const std::function<Status(const QString& path)>& write);
};

} // namespace Verbund
