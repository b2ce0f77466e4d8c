#include "importdialog.h"

#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Verbund {

namespace {

constexpr int PreviewRows = 5;

} // namespace

ImportDialog::ImportDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_kind(new QComboBox)
    , m_path(new QLineEdit)
    , m_fileInfo(new QLabel)
    , m_mapping(new QTableWidget(0, 2))
    , m_preview(new QTableWidget)
    , m_validOnly(new QCheckBox(tr("Import the &good rows, report the others")))
    , m_update(new QCheckBox(tr("&Update records already there (else they are skipped)")))
    , m_ignoreUnknown(new QCheckBox(tr("&Leave out the columns no field takes")))
    , m_problems(new QListWidget)
    , m_summary(new QLabel) {
    setWindowTitle(tr("Import"));
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_kind->addItem(tr("Organisations"), int(ImportKind::Organisations));
    m_kind->addItem(tr("Contacts"), int(ImportKind::Contacts));
    m_kind->addItem(tr("Participants"), int(ImportKind::Participants));
    m_path->setReadOnly(true);
    m_fileInfo->setWordWrap(true);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);

    auto* browse = new QPushButton(tr("&Choose file…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&What:"), m_kind);
    form->addRow(tr("File:"), fileRow);
    form->addRow(QString(), m_fileInfo);

    auto* mappingBox = new QWidget;
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(new QLabel(tr("<b>Which column fills which field</b> (* required)")));
    mappingLayout->addWidget(m_mapping);
    auto* previewBox = new QWidget;
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("<b>The first rows of the file</b>")));
    previewLayout->addWidget(m_preview);
    auto* split = new QSplitter;
    split->addWidget(mappingBox);
    split->addWidget(previewBox);
    split->setSizes({380, 520});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    QPushButton* importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(importButton, &QPushButton::clicked, this, [this] {
        if (!import())
            return;
        // The import ends with what it did, then the lists show it.
        QMessageBox::information(this, windowTitle(), m_summary->text());
        accept();
    });
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::fillMapping);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_update);
    layout->addWidget(m_ignoreUnknown);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    m_problems->setMaximumHeight(120);
    resize(sizeWithinScreen(this, QSize(980, 680)));
    fillMapping();
}

ImportKind ImportDialog::kind() const {
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::setFile(const QString& path) {
    auto table = CsvReader::readFile(path);
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_report.reset();
    m_problems->clear();
    m_summary->clear();
    if (!table) {
        m_table.reset();
        m_fileInfo->setText(table.error().fullText());
        fillMapping();
        fillPreview();
        return false;
    }
    m_table = *table;
    const QString delimiter = m_table->delimiter == QLatin1Char('\t')
                                  ? tr("tabs")
                                  : QStringLiteral("„%1“").arg(m_table->delimiter);
    m_fileInfo->setText(tr("%1, separated by %2, %n row(s) besides the header.", nullptr,
                           int(m_table->records.size()))
                            .arg(m_table->encoding, delimiter));
    fillMapping();
    fillPreview();
    return true;
}

void ImportDialog::fillMapping() {
    m_fields = Importer::fields(kind());
    const QHash<QString, int> mapped =
        m_table ? Importer::mapHeaders(kind(), m_table->header) : QHash<QString, int>{};
    m_mapping->setRowCount(int(m_fields.size()));
    for (int row = 0; row < m_fields.size(); ++row) {
        const ImportField& field = m_fields.at(row);
        auto* label =
            new QTableWidgetItem(field.required ? field.label + QStringLiteral(" *") : field.label);
        label->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, label);
        auto* combo = new QComboBox;
        combo->addItem(tr("— not imported —"), -1);
        if (m_table) {
            for (int column = 0; column < m_table->header.size(); ++column)
                combo->addItem(m_table->header.at(column), column);
        }
        combo->setCurrentIndex(combo->findData(mapped.value(field.key, -1)));
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

void ImportDialog::fillPreview() {
    m_preview->clear();
    if (!m_table) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    m_preview->setColumnCount(int(m_table->header.size()));
    m_preview->setHorizontalHeaderLabels(m_table->header);
    const int rows = qMin(PreviewRows, int(m_table->records.size()));
    m_preview->setRowCount(rows);
    QStringList rowNumbers;
    for (int row = 0; row < rows; ++row) {
        const CsvRecord& record = m_table->records.at(row);
        rowNumbers << QString::number(record.row);
        for (int column = 0; column < m_table->header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(CsvTable::cell(record, column)));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
}

int ImportDialog::mappedColumn(const QString& fieldKey) const {
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).key == fieldKey)
            return qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1))->currentData().toInt();
    }
    return -1;
}

void ImportDialog::mapField(const QString& fieldKey, int column) {
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).key != fieldKey)
            continue;
        auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        combo->setCurrentIndex(combo->findData(column));
    }
}

ImportOptions ImportDialog::options(bool dryRun) const {
    ImportOptions options;
    options.dryRun = dryRun;
    options.validOnly = m_validOnly->isChecked();
    options.updateDuplicates = m_update->isChecked();
    options.ignoreUnknownColumns = m_ignoreUnknown->isChecked();
    for (const ImportField& field : m_fields)
        options.mapping.insert(field.key, mappedColumn(field.key));
    return options;
}

bool ImportDialog::check() {
    return run(true);
}

bool ImportDialog::import() {
    return run(false);
}

bool ImportDialog::run(bool dryRun) {
    m_problems->clear();
    if (!m_table) {
        m_summary->setText(tr("Choose a file first."));
        return false;
    }
    auto file = CsvStream::openFile(m_file);
    if (!file) {
        m_summary->setText(file.error().fullText());
        return false;
    }
    // A file of a state-wide network takes a while: the dialog says what it does, and the
    // import can be cancelled.
    QProgressDialog progress(this);
    progress.setWindowTitle(dryRun ? tr("Check") : tr("Import"));
    progress.setRange(0, 100);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setWindowModality(Qt::WindowModal); // drawn and answering while the rows go in
    ImportOptions chosen = options(dryRun);
    chosen.progress = [&progress](ImportPhase phase, int percent) {
        switch (phase) {
        case ImportPhase::Checking:
            progress.setLabelText(tr("Checking the rows of the file …"));
            break;
        case ImportPhase::BackingUp:
            // One step of its own: how far it is cannot be told.
            progress.setLabelText(tr("Backing up the database before the import …"));
            progress.setRange(0, 0);
            break;
        case ImportPhase::Writing:
            progress.setLabelText(tr("Importing the rows …"));
            progress.setRange(0, 100);
            break;
        }
        progress.setValue(percent);
        return !progress.wasCanceled();
    };
    auto report = Importer::run(m_database, kind(), **file, chosen);
    progress.reset();
    if (!report) {
        m_summary->setText(report.error().fullText());
        return false;
    }
    m_report = *report;
    m_problems->addItems(report->warnings);
    m_problems->addItems(report->problemLines());
    const QString counts = report->counts();
    if (dryRun)
        m_summary->setText(tr("Check: %1 Nothing was written yet.").arg(counts));
    else if (report->written)
        m_summary->setText(tr("Imported: %1 The data as it was before is kept among the "
                              "backups (File → Backups…).")
                               .arg(counts));
    else
        m_summary->setText(tr("Nothing was imported, because of the rows below. Fix the file, "
                              "or import only the good rows."));
    return report->written;
}

} // namespace Verbund
