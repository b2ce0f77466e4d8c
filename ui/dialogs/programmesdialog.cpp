#include "programmesdialog.h"

#include "application/fundingservice.h"
#include "domain/validation.h"
#include "funderdialog.h"
#include "models/fundertablemodel.h"
#include "models/programmetablemodel.h"
#include "models/recordlistmodel.h"
#include "programmedialog.h"
#include "widgets/choices.h"
#include "widgets/confirm.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Verbund {

ProgrammesDialog::ProgrammesDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_programmes(new ProgrammeTableModel(this))
    , m_funders(new FunderTableModel(this))
    , m_programmePanel(new RecordListPanel(m_programmes, tr("&New programme…")))
    , m_funderPanel(new RecordListPanel(m_funders, tr("&New funder…"))) {
    setWindowTitle(tr("Funders and programmes"));
    m_programmes->setDatabase(&m_database);
    m_funders->setDatabase(&m_database);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_programmePanel, tr("Programmes"));
    tabs->addTab(m_funderPanel, tr("Funders"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(sizeWithinScreen(this, QSize(860, 460)));

    connect(m_programmePanel, &RecordListPanel::addRequested, this, [this] { editProgramme(0); });
    connect(m_programmePanel, &RecordListPanel::editRequested, this,
            &ProgrammesDialog::editProgramme);
    connect(m_programmePanel, &RecordListPanel::removeRequested, this,
            &ProgrammesDialog::removeProgramme);
    connect(m_funderPanel, &RecordListPanel::addRequested, this, [this] { editFunder(0); });
    connect(m_funderPanel, &RecordListPanel::editRequested, this, &ProgrammesDialog::editFunder);
    connect(m_funderPanel, &RecordListPanel::removeRequested, this,
            &ProgrammesDialog::removeFunder);
}

void ProgrammesDialog::showError(const QString& message) {
    QMessageBox::warning(this, windowTitle(), message);
}

void ProgrammesDialog::editProgramme(qint64 id) {
    Programme programme;
    if (id > 0) {
        auto found = FundingService(m_database).programme(id);
        if (!found)
            return showError(found.error().message());
        programme = *found;
    }
    ProgrammeDialog dialog(m_database, programme, this);
    if (dialog.exec() == QDialog::Accepted)
        m_programmes->reload();
}

void ProgrammesDialog::removeProgramme(qint64 id) {
    FundingService funding(m_database);
    auto programme = funding.programme(id);
    if (!programme)
        return showError(programme.error().message());
    if (!confirmDelete(this, tr("Delete programme"),
                       tr("Delete the programme “%1”? Shares that name it keep their funder.")
                           .arg(programme->name)))
        return;
    if (Status removed = funding.remove(*programme); !removed)
        showError(removed.error().message());
    m_programmes->reload();
}

void ProgrammesDialog::editFunder(qint64 id) {
    Funder funder;
    if (id > 0) {
        auto found = FundingService(m_database).funder(id);
        if (!found)
            return showError(found.error().message());
        funder = *found;
    }
    FunderDialog dialog(m_database, funder, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_funders->reload();
        m_programmes->reload();
    }
}

void ProgrammesDialog::removeFunder(qint64 id) {
    FundingService funding(m_database);
    auto funder = funding.funder(id);
    if (!funder)
        return showError(funder.error().message());
    if (!confirmDelete(this, tr("Delete funder"), tr("Delete this funder?")))
        return;
    if (Status removed = funding.remove(*funder); !removed)
        showError(tr("The funder pays a share of a measure and cannot be deleted.") +
                  QStringLiteral("\n\n") + removed.error().fullText());
    m_funders->reload();
    m_programmes->reload();
}

} // namespace Verbund
