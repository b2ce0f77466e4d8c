#include "programmesdialog.h"

#include "application/fundingservice.h"
#include "domain/validation.h"
#include "models/fundertablemodel.h"
#include "models/programmetablemodel.h"
#include "models/recordlistmodel.h"
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

ProgrammeDialog::ProgrammeDialog(Database& database, Programme programme, QWidget* parent)
    : RecordDialog(programme.meta.isNew() ? tr("New programme") : tr("Edit programme"), parent)
    , m_database(database)
    , m_programme(std::move(programme))
    , m_name(new QLineEdit(m_programme.name))
    , m_description(new QPlainTextEdit(m_programme.description))
    , m_funder(new QComboBox)
    , m_rates(new QTableWidget(0, 2)) {
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(70);
    QList<Choice> funders;
    if (auto all = FundingService(database).funders()) {
        funders << Choice{QCoreApplication::translate("Verbund::Choices", "— none —"), 0};
        for (const FunderRow& funder : std::as_const(*all))
            funders << Choice{funder.name, funder.id};
    }
    fillChoices(m_funder, funders);
    selectChoice(m_funder, m_programme.funderId);
    m_rates->setHorizontalHeaderLabels({tr("From employees"), tr("Rate in %")});
    m_rates->horizontalHeader()->setStretchLastSection(true);
    m_rates->verticalHeader()->hide();
    m_rates->setMinimumHeight(130);
    for (const ProgrammeRate& rate : std::as_const(m_programme.rates)) {
        const int row = m_rates->rowCount();
        m_rates->insertRow(row);
        m_rates->setItem(row, 0, new QTableWidgetItem(QString::number(rate.minEmployees)));
        m_rates->setItem(row, 1, new QTableWidgetItem(formatShare(rate.basisPoints)));
    }
    auto* add = new QPushButton(tr("Add rate"));
    auto* remove = new QPushButton(tr("Remove rate"));
    auto* rateButtons = new QHBoxLayout;
    rateButtons->addWidget(add);
    rateButtons->addWidget(remove);
    rateButtons->addStretch();
    auto* ratesLayout = new QVBoxLayout;
    ratesLayout->setContentsMargins(0, 0, 0, 0);
    ratesLayout->addWidget(m_rates);
    ratesLayout->addLayout(rateButtons);
    auto* rates = new QWidget;
    rates->setLayout(ratesLayout);
    rates->setFocusProxy(m_rates);
    errors().addRow(form(), tr("&Name:"), m_name, QLatin1String(Field::Name));
    errors().addRow(form(), tr("&Description:"), m_description);
    errors().addRow(form(), tr("&Paid by:"), m_funder);
    errors().addRow(form(), tr("&Rates by company size:"), rates, QLatin1String(Field::Rates));
    connect(add, &QPushButton::clicked, this, &ProgrammeDialog::addRate);
    connect(remove, &QPushButton::clicked, this,
            [this] { m_rates->removeRow(m_rates->currentRow()); });
}

void ProgrammeDialog::addRate() {
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, 0, new QTableWidgetItem(QStringLiteral("0")));
    m_rates->setItem(row, 1, new QTableWidgetItem(formatShare(FullShare)));
    m_rates->setCurrentCell(row, 0);
    m_rates->editItem(m_rates->item(row, 0));
}

Status ProgrammeDialog::save() {
    Programme edited = m_programme;
    edited.name = m_name->text().trimmed();
    edited.description = m_description->toPlainText().trimmed();
    edited.funderId = m_funder->currentData().toLongLong();
    edited.rates.clear();
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        bool isNumber = false;
        const int employees =
            m_rates->item(row, 0) ? m_rates->item(row, 0)->text().trimmed().toInt(&isNumber) : 0;
        const auto rate =
            m_rates->item(row, 1) ? parseShare(m_rates->item(row, 1)->text()) : std::nullopt;
        if (!isNumber || !rate)
            return Error::validation({{QLatin1String(Field::Rates),
                                       tr("Row %1: write a number of employees and a rate such "
                                          "as 50 %.")
                                           .arg(row + 1)}});
        edited.rates << ProgrammeRate{employees, *rate};
    }
    Status saved = FundingService(m_database).save(edited);
    if (saved)
        m_programme = edited;
    return saved;
}

FunderDialog::FunderDialog(Database& database, Funder funder, QWidget* parent)
    : RecordDialog(funder.meta.isNew() ? tr("New funder") : tr("Edit funder"), parent)
    , m_database(database)
    , m_funder(std::move(funder))
    , m_name(new QLineEdit(m_funder.name))
    , m_organisation(new QComboBox)
    , m_notes(new QPlainTextEdit(m_funder.notes)) {
    fillChoices(m_organisation, organisationChoices(database));
    selectChoice(m_organisation, m_funder.organisationId);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    m_name->setPlaceholderText(tr("e.g. ESF Plus, Land Mecklenburg-Vorpommern"));
    errors().addRow(form(), tr("&Name:"), m_name, QLatin1String(Field::Name));
    errors().addRow(form(), tr("or &organisation:"), m_organisation);
    errors().addRow(form(), tr("N&otes:"), m_notes);
}

Status FunderDialog::save() {
    Funder edited = m_funder;
    edited.name = m_name->text().trimmed();
    edited.organisationId = m_organisation->currentData().toLongLong();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = FundingService(m_database).save(edited);
    if (saved)
        m_funder = edited;
    return saved;
}

} // namespace Verbund
