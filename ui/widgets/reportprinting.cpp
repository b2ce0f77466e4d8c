#include "reportprinting.h"

#include "application/personservice.h"
#include "dialogs/reportpreviewdialog.h"
#include "reports/reportrenderer.h"
#include "services/csvwriter.h"
#include "services/exporter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Verbund {

namespace {

const QString directoryKey = QStringLiteral("reports/directory");

} // namespace

void ReportPrinting::showPreview(const ReportDocument& document, QWidget* parent,
                                 const Issuer& issue) {
    ReportPreviewDialog preview(document, issue, parent);
    preview.exec();
}

void ReportPrinting::showPreview(const Report& report, Database& database,
                                 const ReportRequest& request, QWidget* parent) {
    auto document = report.build(database, request);
    if (!document) {
        QMessageBox::warning(parent, report.translatedTitle(), document.error().fullText());
        return;
    }
    showPreview(*document, parent,
                [&](const Output& output) { return report.issue(database, request, output); });
}

QString ReportPrinting::exportPdf(const Report& report, Database& database,
                                  const ReportRequest& request, const QString& suggestedName,
                                  QWidget* parent) {
    auto document = report.build(database, request);
    if (!document) {
        QMessageBox::warning(parent, report.translatedTitle(), document.error().fullText());
        return {};
    }
    return exportPdf(*document, suggestedName, parent,
                     [&](const Output& output) { return report.issue(database, request, output); });
}

Status ReportPrinting::issued(const ReportDocument& document, const Issuer& issue,
                              const Output& output) {
    return issue ? issue(output) : output(document);
}

bool ReportPrinting::print(const ReportDocument& document, QWidget* parent, const Issuer& issue) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setDocName(document.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status printed = issued(document, issue, [&printer](const ReportDocument& output) {
        auto rendered = ReportRenderer::render(output, printer);
        return rendered ? Status() : Status(rendered.error());
    });
    if (!printed)
        QMessageBox::warning(parent, tr("Print"), printed.error().fullText());
    return printed.ok();
}

QString ReportPrinting::saveAs(QWidget* parent, const QString& title, const QString& suggestedName,
                               const QString& suffix, const QString& filter,
                               const std::function<Status(const QString& path)>& write) {
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
        parent, title, QDir(directory).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (Status written = write(path); !written) {
        QMessageBox::warning(parent, title, written.error().fullText());
        return {};
    }
    settings.setValue(directoryKey, QFileInfo(path).absolutePath());
    return path;
}

QString ReportPrinting::exportPerson(Database& database, PersonKind kind, qint64 id,
                                     const QString& suggestedName, QWidget* parent) {
    return saveAs(
        parent, tr("Give a person their data"), suggestedName, QStringLiteral("pdf"),
        tr("PDF for handing over (*.pdf);;JSON, machine-readable (*.json)"),
        [&](const QString& path) { return PersonService(database).writeExport(kind, id, path); });
}

QString ReportPrinting::exportPdf(const ReportDocument& document, const QString& suggestedName,
                                  QWidget* parent, const Issuer& issue) {
    return saveAs(parent, tr("Export PDF"), suggestedName, QStringLiteral("pdf"),
                  tr("PDF documents (*.pdf)"), [&](const QString& path) {
                      return issued(document, issue, [&path](const ReportDocument& output) {
                          return ReportRenderer::writePdf(output, path);
                      });
                  });
}

QString ReportPrinting::exportAllFields(Database& database, const QString& kind,
                                        const QString& suggestedName, QWidget* parent) {
    return exportCsv(suggestedName, parent,
                     [&](CsvWriter& csv) { return Exporter::exportKind(database, kind, csv); });
}

QString ReportPrinting::exportCsv(const QString& suggestedName, QWidget* parent,
                                  const std::function<Status(CsvWriter& csv)>& write) {
    return saveAs(
        parent, tr("Export CSV"), suggestedName, QStringLiteral("csv"), tr("CSV for Excel (*.csv)"),
        [&](const QString& path) { return CsvWriter::writeFile(path, CsvFormat::Excel, write); });
}

void ReportPrinting::writeList(QAbstractItemModel* model, CsvWriter& csv) {
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
}

QString ReportPrinting::exportList(QAbstractItemModel* model, const QString& suggestedName,
                                   QWidget* parent) {
    return saveAs(parent, tr("Export list"), suggestedName, QStringLiteral("csv"),
                  tr("CSV for Excel (*.csv)"), [model](const QString& path) {
                      return CsvWriter::writeFile(path, CsvFormat::Excel, [model](CsvWriter& csv) {
                          writeList(model, csv);
                          return Status();
                      });
                  });
}

} // namespace Verbund
