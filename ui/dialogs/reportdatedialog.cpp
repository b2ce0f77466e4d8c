#include "reportdatedialog.h"

#include "application/followupservice.h"
#include "application/fundingservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Verbund {

ReportDateDialog::ReportDateDialog(Database& database, ReportDate date, QWidget* parent)
    : RecordDialog(date.meta.isNew() ? tr("New report date") : tr("Edit report date"), parent)
    , m_database(database)
    , m_date(std::move(date))
    , m_funder(new QComboBox)
    , m_title(new QLineEdit(m_date.title))
    , m_dueOn(new DateEdit) {
    m_funder->setObjectName(QStringLiteral("funder"));
    m_title->setObjectName(QStringLiteral("title"));
    m_dueOn->setObjectName(QStringLiteral("dueOn"));
    QList<Choice> funders{{tr("(choose)"), 0}};
    for (const Choice& payer : funderChoices(database))
        funders.append({payer.label, payer.value.value<Payer>().funderId});
    fillChoices(m_funder, funders);
    selectChoice(m_funder, m_date.funderId);
    m_title->setMaxLength(MaxNameLength);
    m_title->setPlaceholderText(tr("e.g. Interim report 2027"));
    m_dueOn->setDate(m_date.dueOn);
    errors().addRow(form(), tr("&Funder:"), m_funder, QLatin1String(Field::Funder));
    errors().addRow(form(), tr("&Report:"), m_title, QLatin1String(Field::Title));
    errors().addRow(form(), tr("&Due on:"), m_dueOn, QLatin1String(Field::DueOn));
}

Status ReportDateDialog::save() {
    if (!m_dueOn->isAcceptable())
        return Error::validation({{QLatin1String(Field::DueOn), unreadableDateMessage()}});
    ReportDate edited = m_date;
    edited.funderId = m_funder->currentData().toLongLong();
    edited.title = m_title->text().trimmed();
    edited.dueOn = m_dueOn->date();
    Status saved = FollowUpService(m_database).save(edited);
    if (saved)
        m_date = edited;
    return saved;
}

} // namespace Verbund
