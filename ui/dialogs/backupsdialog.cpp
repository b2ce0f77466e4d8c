#include "backupsdialog.h"

#include "common/dates.h"
#include "services/backupfolder.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Verbund {

namespace {

enum Column { Taken, Occasion, Size, Organisations, Participants, Measures, Columns };

QTableWidgetItem* numberItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BackupsDialog::BackupsDialog(const QString& file, QWidget* parent)
    : QDialog(parent)
    , m_file(file)
    , m_table(new QTableWidget(0, Columns))
    , m_kept(new QSpinBox)
    , m_restore(new QPushButton(tr("&Restore…"))) {
    setWindowTitle(tr("Backups"));
    auto* intro = new QLabel(
        tr("Verbund backs up “%1” once a day when it is opened, before every import, update and "
           "restore. Each backup was checked when it was taken.")
            .arg(QDir::toNativeSeparators(file)));
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Occasion"), tr("Size"),
                                        tr("Organisations"), tr("Participants"), tr("Measures")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Occasion, QHeaderView::Stretch);

    m_kept->setRange(1, 100);
    m_kept->setValue(BackupFolder::keptCount());
    m_kept->setSuffix(tr(" backups per file"));
    m_kept->setMaximumWidth(m_kept->sizeHint().width());
    connect(m_kept, &QSpinBox::valueChanged, this,
            [](int kept) { BackupFolder::setKeptCount(kept); });
    auto* form = new QFormLayout;
    form->addRow(tr("&Kept:"), m_kept);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    QPushButton* folder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QTableWidgetItem* chosen = m_table->item(m_table->currentRow(), Taken);
        m_chosen = chosen ? chosen->data(Qt::UserRole).toString() : QString();
        m_description = chosen ? tr("from %1").arg(chosen->text()) : QString();
        if (!m_chosen.isEmpty())
            accept();
    });
    const QString where = BackupFolder::of(file).path();
    connect(folder, &QPushButton::clicked, this,
            [where] { QDesktopServices::openUrl(QUrl::fromLocalFile(where)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_restore->setEnabled(m_table->rowCount() > 0 && m_table->columnSpan(0, 0) == 1);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_restore, &QPushButton::click);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fill();
    resize(760, 420);
}

void BackupsDialog::fill() {
    const QLocale locale;
    const QList<BackupFolder::Entry> entries = BackupFolder::of(m_file).entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const BackupFolder::Entry& entry = entries.at(row);
        auto* taken = new QTableWidgetItem(formatDateTime(entry.taken));
        taken->setData(Qt::UserRole, entry.path);
        m_table->setItem(row, Taken, taken);
        m_table->setItem(row, Occasion, new QTableWidgetItem(enumLabel(entry.occasion)));
        m_table->setItem(row, Size, numberItem(locale.formattedDataSize(entry.bytes)));
        const auto counts = BackupFolder::counts(entry.path);
        if (!counts) {
            auto* problem = new QTableWidgetItem(tr("cannot be read"));
            problem->setToolTip(counts.error().message());
            m_table->setItem(row, Organisations, problem);
            m_table->setSpan(row, Organisations, 1, 3);
            continue;
        }
        m_table->setItem(row, Organisations, numberItem(locale.toString(counts->organisations)));
        m_table->setItem(row, Participants, numberItem(locale.toString(counts->participants)));
        m_table->setItem(row, Measures, numberItem(locale.toString(counts->measures)));
    }
    if (entries.isEmpty()) {
        m_table->setRowCount(1);
        auto* none = new QTableWidgetItem(tr("No backup of this file yet."));
        none->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(0, Taken, none);
        m_table->setSpan(0, Taken, 1, Columns);
    } else {
        m_table->selectRow(0);
    }
    m_restore->setEnabled(!entries.isEmpty());
}

} // namespace Verbund
