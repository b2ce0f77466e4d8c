#include "programmedialog.h"

#include "application/fundingservice.h"
#include "domain/validation.h"
#include "models/fundertablemodel.h"
#include "models/programmetablemodel.h"
#include "models/recordlistmodel.h"
#include "widgets/choices.h"
#include "widgets/confirm.h"
#include "widgets/readfailures.h"
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
    QList<Choice> funders{{QCoreApplication::translate("Verbund::Choices", "— none —"), 0}};
    if (auto all = FundingService(database).funders()) {
        for (const FunderRow& funder : std::as_const(*all))
            funders << Choice{funder.name, funder.id};
    } else {
        ReadFailures::instance().report(all.error());
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

} // namespace Verbund
