#pragma once

#include <QString>

class QWidget;

namespace Verbund {

struct ReportDocument;

// Shows the report in the print preview, from where the user prints it on a real printer.
void showPrintPreview(const ReportDocument& document, QWidget* parent);

// Asks where to save and writes the report as a PDF file; returns the path, empty when the
// user cancelled or writing failed (then the user was told why).
QString exportPdf(const ReportDocument& document, const QString& suggestedName, QWidget* parent);

} // namespace Verbund
