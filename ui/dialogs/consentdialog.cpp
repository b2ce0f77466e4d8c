#include "consentdialog.h"

#include "application/personservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Verbund {

ConsentDialog::ConsentDialog(Database& database, Consent consent, QWidget* parent)
    : RecordDialog(consent.meta.isNew() ? tr("New consent") : tr("Edit consent"), parent)
    , m_database(database)
    , m_consent(std::move(consent))
    , m_purpose(new QComboBox)
    , m_givenOn(new DateEdit)
    , m_how(new QComboBox)
    , m_textVersion(new QLineEdit(m_consent.textVersion))
    , m_withdrawnOn(new DateEdit) {
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_givenOn->setObjectName(QStringLiteral("givenOn"));
    m_withdrawnOn->setObjectName(QStringLiteral("withdrawnOn"));
    fillChoices(m_purpose, enumChoices<ConsentPurpose>());
    selectChoice(m_purpose, int(m_consent.purpose));
    fillChoices(m_how, enumChoices<ConsentWay>());
    selectChoice(m_how, int(m_consent.how));
    m_givenOn->setDate(m_consent.givenOn);
    m_withdrawnOn->setDate(m_consent.withdrawnOn);
    m_textVersion->setPlaceholderText(tr("e.g. Einwilligung 2025-03"));
    errors().addRow(form(), tr("&Purpose:"), m_purpose);
    errors().addRow(form(), tr("&Given on:"), m_givenOn, QLatin1String(Field::GivenOn));
    errors().addRow(form(), tr("&How:"), m_how);
    errors().addRow(form(), tr("&Text version:"), m_textVersion);
    errors().addRow(form(), tr("&Withdrawn on:"), m_withdrawnOn,
                    QLatin1String(Field::WithdrawnOn));
}

Status ConsentDialog::save() {
    QList<FieldError> unreadable;
    if (!m_givenOn->isAcceptable())
        unreadable.append({QLatin1String(Field::GivenOn), unreadableDateMessage()});
    if (!m_withdrawnOn->isAcceptable())
        unreadable.append({QLatin1String(Field::WithdrawnOn), unreadableDateMessage()});
    if (!unreadable.isEmpty())
        return Error::validation(unreadable);
    Consent edited = m_consent;
    edited.purpose = ConsentPurpose(m_purpose->currentData().toInt());
    edited.givenOn = m_givenOn->date();
    edited.how = ConsentWay(m_how->currentData().toInt());
    edited.textVersion = m_textVersion->text().trimmed();
    edited.withdrawnOn = m_withdrawnOn->date();
    Status saved = PersonService(m_database).save(edited);
    if (saved)
        m_consent = edited;
    return saved;
}

} // namespace Verbund
