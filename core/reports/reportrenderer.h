#pragma once

#include "../common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace Verbund {

// Lays a ReportDocument out on A4 pages and paints them: the network's name and the date at
// the top of every page, "Page x of y" at the bottom, table headers repeated, rows kept
// whole. The same code paints the PDF and the print preview.
class ReportRenderer final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::ReportRenderer)
public:
    // A4 portrait with the margins every report uses.
    static QPageLayout pageLayout();

    // Paints every page on the device, a QPdfWriter or a QPrinter whose page layout is set;
    // returns the number of pages.
    static Result<int> render(const ReportDocument& document, QPagedPaintDevice& device);

    // Writes the document as a PDF file, replacing the file only when all went well.
    static Status writePdf(const ReportDocument& document, const QString& path);
};

} // namespace Verbund
