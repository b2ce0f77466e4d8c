#include "reportpreviewdialog.h"

#include "reports/reportdocument.h"
#include "reports/reportrenderer.h"
#include "widgets/screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace Verbund {

ReportPreviewDialog::ReportPreviewDialog(const ReportDocument& document,
                                         const ReportPrinting::Issuer& issue, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_issue(issue)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)) {
    setWindowTitle(tr("Print preview — %1").arg(document.title));
    m_printer->setPageLayout(ReportRenderer::pageLayout());
    m_printer->setDocName(document.title);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->fitInView(); // a whole page at a time, however small the screen

    auto* tools = new QToolBar;
    QAction* zoomOut = tools->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Smaller"),
                                        m_preview, [this] { m_preview->zoomOut(); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* zoomIn = tools->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Larger"),
                                       m_preview, [this] { m_preview->zoomIn(); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    tools->addAction(tr("Page width"), m_preview, &QPrintPreviewWidget::fitToWidth);
    tools->addAction(tr("Whole page"), m_preview, &QPrintPreviewWidget::fitInView);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    QPushButton* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    print->setDefault(true);
    print->setShortcut(QKeySequence::Print);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(sizeWithinScreen(this, QSize(1000, 900)));

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* target) {
        if (auto rendered = ReportRenderer::render(m_document, *target); !rendered)
            QMessageBox::warning(this, tr("Print preview"), rendered.error().fullText());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Print and save leave the preview open only when they did not happen.
    connect(print, &QPushButton::clicked, this, [this] {
        if (ReportPrinting::print(m_document, this, m_issue))
            accept();
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (!ReportPrinting::exportPdf(m_document, m_document.title, this, m_issue).isEmpty())
            accept();
    });
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

} // namespace Verbund
