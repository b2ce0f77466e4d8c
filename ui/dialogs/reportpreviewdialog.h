#pragma once

#include "widgets/reportprinting.h"

#include <QDialog>
#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace Verbund {

// The print preview of a report: the pages as they will come out, zoom, and from there
// "Print…" or "Save as PDF…". What is printed or saved is the issued document, which may
// differ from the preview (certificates get their serial numbers only then).
class ReportPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreviewDialog)
public:
    ReportPreviewDialog(const ReportDocument& document, const ReportPrinting::Issuer& issue,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

private:
    const ReportDocument& m_document;
    ReportPrinting::Issuer m_issue;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview;
};

} // namespace Verbund
