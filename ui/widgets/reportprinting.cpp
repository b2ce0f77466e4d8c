#include "reportprinting.h"

#include "reports/reportrenderer.h"
#include "services/csvwriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Verbund {

namespace {

const QString directoryKey = QStringLiteral("reports/directory");

} // namespace

void ReportPrinting::showPreview(const ReportDocument& document, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setDocName(document.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview — %1").arg(document.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document, &preview](QPrinter* target) {
                         if (auto rendered = ReportRenderer::render(document, *target); !rendered)
                             QMessageBox::warning(&preview, tr("Print"),
                                                  rendered.error().fullText());
                     });
    preview.resize(1000, 900);
    preview.exec();
}

QString ReportPrinting::exportPdf(const ReportDocument& document, const QString& suggestedName,
                                  QWidget* parent) {
    QSettings settings;
    const QString directory =
        settings
            .value(directoryKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    // Characters Windows does not allow in file names.
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export PDF"), QDir(directory).filePath(name + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (Status written = ReportRenderer::writePdf(document, path); !written) {
        QMessageBox::warning(parent, tr("Export PDF"), written.error().fullText());
        return {};
    }
    settings.setValue(directoryKey, QFileInfo(path).absolutePath());
    return path;
}

QByteArray ReportPrinting::listAsCsv(QAbstractItemModel* model) {
    while (model->canFetchMore({}))
        model->fetchMore({});
    CsvWriter csv(CsvFormat::Excel);
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    csv.addRow(headers);
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        csv.addRow(cells);
    }
    return csv.bytes();
}

QString ReportPrinting::exportList(QAbstractItemModel* model, const QString& suggestedName,
                                   QWidget* parent) {
    QSettings settings;
    const QString directory =
        settings
            .value(directoryKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export list"), QDir(directory).filePath(suggestedName + QStringLiteral(".csv")),
        tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (Status written = CsvWriter::writeFile(path, listAsCsv(model)); !written) {
        QMessageBox::warning(parent, tr("Export list"), written.error().fullText());
        return {};
    }
    settings.setValue(directoryKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace Verbund
