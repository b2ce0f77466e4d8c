#include "privacydialog.h"

#include "application/personservice.h"
#include "erasuredialog.h"
#include "models/erasurelogtablemodel.h"
#include "models/retentiontablemodel.h"
#include "storage/settings.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

namespace {

constexpr int ReviewNameColumn = 1;
constexpr int LogBasisColumn = 3;

// A list to read and choose from; the column given takes the room left.
QTableView* listView(QAbstractItemModel* model, QAbstractItemView::SelectionMode selection,
                     int stretched, QObject* owner) {
    auto* view = new QTableView;
    view->setModel(model);
    RecordListPanel::setUpView(view, selection, owner);
    view->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    return view;
}

} // namespace

PrivacyDialog::PrivacyDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_retentionYears(new QSpinBox)
    , m_graceDays(new QSpinBox)
    , m_review(new RetentionTableModel(this))
    , m_reviewView(listView(m_review, QAbstractItemView::ExtendedSelection, ReviewNameColumn, this))
    , m_reviewCount(new QLabel)
    , m_erase(new QPushButton(tr("&Erase the chosen…")))
    , m_log(new ErasureLogTableModel(this)) {
    setWindowTitle(tr("Data protection"));
    const auto rules = PersonService(m_database).retentionRules();
    m_retentionYears->setObjectName(QStringLiteral("retentionYears"));
    m_retentionYears->setRange(1, NetworkSettings::MaxRetentionYears);
    m_retentionYears->setSuffix(tr(" years"));
    m_retentionYears->setValue(rules ? rules->years : NetworkSettings::DefaultRetentionYears);
    m_graceDays->setObjectName(QStringLiteral("graceDays"));
    m_graceDays->setRange(0, NetworkSettings::MaxErasureGraceDays);
    m_graceDays->setSuffix(tr(" days"));
    m_graceDays->setValue(rules ? rules->graceDays : NetworkSettings::DefaultErasureGraceDays);
    auto* rulesForm = new QFormLayout;
    rulesForm->addRow(tr("&Keep a participant's data after their last measure:"), m_retentionYears);
    rulesForm->addRow(tr("Keep backups taken before an erasure &for:"), m_graceDays);
    auto* rulesNote = new QLabel(
        tr("Until the grace period is over, an erasure made by mistake can be undone from a "
           "backup; then Verbund removes its backups taken before the erasure."));
    rulesNote->setWordWrap(true);

    m_reviewView->setObjectName(QStringLiteral("retentionReview"));
    m_erase->setObjectName(QStringLiteral("eraseChosen"));
    auto* chooseAll = new QPushButton(tr("Choose &all"));
    connect(chooseAll, &QPushButton::clicked, m_reviewView, &QTableView::selectAll);
    auto* reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_reviewCount, 1);
    reviewButtons->addWidget(chooseAll);
    reviewButtons->addWidget(m_erase);
    auto* review = new QWidget;
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->addLayout(rulesForm);
    reviewLayout->addWidget(rulesNote);
    reviewLayout->addWidget(m_reviewView, 1);
    reviewLayout->addLayout(reviewButtons);

    auto* logView = listView(m_log, QAbstractItemView::SingleSelection, LogBasisColumn, this);
    logView->setObjectName(QStringLiteral("erasureLog"));
    auto* tabs = new QTabWidget;
    tabs->addTab(review, tr("Retention review"));
    tabs->addTab(logView, tr("Erasure log"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(sizeWithinScreen(this, QSize(780, 520)));

    m_review->setDatabase(&m_database);
    m_log->setDatabase(&m_database);
    connect(m_retentionYears, &QSpinBox::editingFinished, this, &PrivacyDialog::saveSettings);
    connect(m_graceDays, &QSpinBox::editingFinished, this, &PrivacyDialog::saveSettings);
    connect(m_review, &QAbstractItemModel::modelReset, this, &PrivacyDialog::updateReview);
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PrivacyDialog::updateReview);
    connect(m_erase, &QPushButton::clicked, this, &PrivacyDialog::eraseChosen);
    for (RecordListModel* model :
         {static_cast<RecordListModel*>(m_review), static_cast<RecordListModel*>(m_log)})
        connect(model, &RecordListModel::loadFailed, this, [this](const QString& message) {
            QMessageBox::warning(this, windowTitle(), message);
        });
    updateReview();
}

void PrivacyDialog::saveSettings() {
    if (Status saved = PersonService(m_database)
                           .setRetentionRules({m_retentionYears->value(), m_graceDays->value()});
        !saved)
        QMessageBox::warning(this, windowTitle(), saved.error().message());
}

QList<qint64> PrivacyDialog::chosenIds() const {
    QList<qint64> ids;
    for (const QModelIndex& row : m_reviewView->selectionModel()->selectedRows())
        ids << m_review->idAt(row.row());
    return ids;
}

void PrivacyDialog::updateReview() {
    m_reviewCount->setText(
        tr("%n participant(s) past the retention period", nullptr, m_review->rowCount()));
    const qsizetype chosen = chosenIds().size();
    m_erase->setEnabled(chosen > 0);
    m_erase->setText(chosen > 0 ? tr("&Erase %n chosen…", nullptr, int(chosen))
                                : tr("&Erase the chosen…"));
}

void PrivacyDialog::eraseChosen() {
    const QList<qint64> ids = chosenIds();
    ErasureDialog dialog(PersonKind::Participant,
                         tr("Erase the personal data of %n participant(s) past the retention "
                            "period?",
                            nullptr, int(ids.size())),
                         ErasureDialog::Basis::RetentionOver, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Each person in a transaction of their own: a cancel stops after the one being erased.
    QProgressDialog progress(this);
    progress.setWindowTitle(tr("Erase personal data"));
    progress.setRange(0, int(ids.size()));
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setWindowModality(Qt::WindowModal);
    PersonService people(m_database);
    int erased = 0;
    for (const qint64 id : ids) {
        if (progress.wasCanceled())
            break;
        progress.setLabelText(tr("Erasing the personal data of %1 of %2 participants …")
                                  .arg(erased + 1)
                                  .arg(ids.size()));
        progress.setValue(erased);
        if (Status done = people.erase(PersonKind::Participant, id, dialog.legalBasis()); !done) {
            progress.reset();
            QMessageBox::warning(this, windowTitle(),
                                 tr("%n participant(s) erased; then: %1", nullptr, erased)
                                     .arg(done.error().message()));
            return;
        }
        ++erased;
    }
    progress.reset();
    if (erased < ids.size())
        QMessageBox::information(
            this, windowTitle(),
            tr("Stopped: %n participant(s) erased, the others kept.", nullptr, erased));
}

} // namespace Verbund
