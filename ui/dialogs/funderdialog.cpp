#include "funderdialog.h"

#include "application/fundingservice.h"
#include "domain/validation.h"
#include "models/fundertablemodel.h"
#include "models/programmetablemodel.h"
#include "models/recordlistmodel.h"
#include "widgets/choices.h"
#include "widgets/confirm.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"
#include "widgets/searchchoice.h"

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

FunderDialog::FunderDialog(Database& database, Funder funder, QWidget* parent)
    : RecordDialog(funder.meta.isNew() ? tr("New funder") : tr("Edit funder"), parent)
    , m_database(database)
    , m_funder(std::move(funder))
    , m_name(new QLineEdit(m_funder.name))
    , m_organisation(new SearchChoice(organisationSearch(database)))
    , m_notes(new QPlainTextEdit(m_funder.notes)) {
    m_organisation->setChoice(organisationChoice(database, m_funder.organisationId));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    m_name->setPlaceholderText(tr("e.g. ESF Plus, Land Mecklenburg-Vorpommern"));
    errors().addRow(form(), tr("&Name:"), m_name, QLatin1String(Field::Name));
    errors().addRow(form(), tr("or &organisation:"), m_organisation,
                    QLatin1String(Field::Organisation));
    errors().addRow(form(), tr("N&otes:"), m_notes);
}

Status FunderDialog::save() {
    if (!m_organisation->isAcceptable())
        return Error::validation({{QLatin1String(Field::Organisation), unchosenMessage()}});
    Funder edited = m_funder;
    edited.name = m_name->text().trimmed();
    edited.organisationId = m_organisation->value().toLongLong();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = FundingService(m_database).save(edited);
    if (saved)
        m_funder = edited;
    return saved;
}

} // namespace Verbund
