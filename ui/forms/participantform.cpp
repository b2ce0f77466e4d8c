#include "participantform.h"

#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/searchchoice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Verbund {

ParticipantForm::ParticipantForm(QWidget* parent)
    : QWidget(parent)
    , m_firstName(new QLineEdit)
    , m_lastName(new QLineEdit)
    , m_birthDate(new DateEdit)
    , m_gender(new QComboBox)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_postcode(new QLineEdit)
    , m_city(new QLineEdit)
    , m_employment(new QComboBox)
    , m_employer(new SearchChoice(organisationSearch(&m_database, {OrganisationKind::Company})))
    , m_referredBy(new SearchChoice(organisationSearch(
          &m_database, {OrganisationKind::EmploymentAgency, OrganisationKind::JobCentre})))
    , m_priorQualification(new QLineEdit)
    , m_education(new QComboBox)
    , m_unemployedSince(new DateEdit)
    , m_entryConditions(new QPlainTextEdit)
    , m_consentDate(new DateEdit)
    , m_notes(new QPlainTextEdit) {
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_employment->setObjectName(QStringLiteral("employment"));
    m_employer->setObjectName(QLatin1String(Field::Employer));
    m_referredBy->setObjectName(QLatin1String(Field::ReferredBy));
    fillChoices(m_gender, enumChoices<Gender>());
    fillChoices(m_employment, enumChoices<EmploymentStatus>());
    m_education->setObjectName(QStringLiteral("education"));
    m_unemployedSince->setObjectName(QStringLiteral("unemployedSince"));
    fillChoices(m_education, optionalEnumChoices<EducationLevel>());
    m_education->setToolTip(tr("The highest school or vocational education, as the funders' "
                               "statistics count it"));
    m_postcode->setMaxLength(5);
    m_postcode->setMaximumWidth(
        m_postcode->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    for (QPlainTextEdit* box : {m_entryConditions, m_notes}) {
        box->setTabChangesFocus(true);
        box->setFixedHeight(box->fontMetrics().lineSpacing() * 3 + 12);
    }

    auto* placeRow = new QHBoxLayout;
    placeRow->setContentsMargins(0, 0, 0, 0);
    placeRow->addWidget(m_postcode);
    placeRow->addWidget(m_city, 1);
    auto* place = new QWidget;
    place->setLayout(placeRow);
    place->setFocusProxy(m_postcode);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&First name:"), m_firstName);
    m_errors.addRow(form, tr("&Last name:"), m_lastName, QLatin1String(Field::LastName));
    m_errors.addRow(form, tr("Date of &birth:"), m_birthDate, QLatin1String(Field::BirthDate));
    m_errors.addRow(form, tr("&Gender:"), m_gender);
    m_errors.addRow(form, tr("&Email:"), m_email, QLatin1String(Field::Email));
    m_errors.addRow(form, tr("&Phone:"), m_phone);
    m_errors.addRow(form, tr("Postcode, &city:"), place, QLatin1String(Field::Postcode));
    m_errors.addRow(form, tr("E&mployment:"), m_employment);
    m_errors.addRow(form, tr("&Unemployed since:"), m_unemployedSince,
                    QLatin1String(Field::UnemployedSince));
    m_errors.addRow(form, tr("Em&ployer:"), m_employer, QLatin1String(Field::Employer));
    m_errors.addRow(form, tr("&Referred by:"), m_referredBy, QLatin1String(Field::ReferredBy));
    m_errors.addRow(form, tr("Prior &qualification:"), m_priorQualification);
    m_errors.addRow(form, tr("E&ducation (ISCED):"), m_education);
    m_errors.addRow(form, tr("Entry c&onditions:"), m_entryConditions);
    m_errors.addRow(form, tr("Consent (data &protection):"), m_consentDate,
                    QLatin1String(Field::ConsentDate));
    m_errors.addRow(form, tr("N&otes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit* edit :
         {m_firstName, m_lastName, m_email, m_phone, m_postcode, m_city, m_priorQualification,
          static_cast<QLineEdit*>(m_birthDate), static_cast<QLineEdit*>(m_consentDate),
          static_cast<QLineEdit*>(m_unemployedSince), static_cast<QLineEdit*>(m_employer),
          static_cast<QLineEdit*>(m_referredBy)})
        connect(edit, &QLineEdit::textEdited, this, &ParticipantForm::markModified);
    for (SearchChoice* choice : {m_employer, m_referredBy})
        connect(choice, &SearchChoice::chosen, this, &ParticipantForm::markModified);
    for (QComboBox* combo : {m_gender, m_employment, m_education})
        connect(combo, &QComboBox::activated, this, &ParticipantForm::markModified);
    connect(m_employment, &QComboBox::currentIndexChanged, this,
            &ParticipantForm::updateOrganisations);
    for (QPlainTextEdit* box : {m_entryConditions, m_notes})
        connect(box, &QPlainTextEdit::textChanged, this, &ParticipantForm::markModified);
    updateOrganisations();
}

void ParticipantForm::updateOrganisations() {
    // The employer matters for the employed, the referral for the unemployed.
    const auto employment = EmploymentStatus(m_employment->currentData().toInt());
    m_employer->setEnabled(employment != EmploymentStatus::Unemployed);
    m_referredBy->setEnabled(employment == EmploymentStatus::Unemployed);
    m_unemployedSince->setEnabled(employment == EmploymentStatus::Unemployed);
}

void ParticipantForm::setParticipant(const Participant& p) {
    m_loading = true;
    m_participant = p;
    m_errors.clear();
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_birthDate->setDate(p.birthDate);
    selectChoice(m_gender, int(p.gender));
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_postcode->setText(p.postcode);
    m_city->setText(p.city);
    selectChoice(m_employment, int(p.employment));
    // Each named by itself: an employer recorded before only companies were offered stays.
    m_employer->setChoice(m_database ? organisationChoice(*m_database, p.employerId) : Choice{});
    m_referredBy->setChoice(m_database ? organisationChoice(*m_database, p.referredById)
                                       : Choice{});
    m_priorQualification->setText(p.priorQualification);
    selectChoice(m_education, optionalEnumChoice(p.education));
    m_unemployedSince->setDate(p.unemployedSince);
    m_entryConditions->setPlainText(p.entryConditions);
    m_consentDate->setDate(p.consentDate);
    m_notes->setPlainText(p.notes);
    updateOrganisations();
    m_loading = false;
    setModified(false);
}

Participant ParticipantForm::participant(QList<FieldError>* unreadable) const {
    Participant p = m_participant;
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.birthDate = m_birthDate->date();
    p.gender = Gender(m_gender->currentData().toInt());
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.city = m_city->text().trimmed();
    p.employment = EmploymentStatus(m_employment->currentData().toInt());
    p.employerId = m_employer->isEnabled() ? m_employer->value().toLongLong() : 0;
    p.referredById = m_referredBy->isEnabled() ? m_referredBy->value().toLongLong() : 0;
    p.priorQualification = m_priorQualification->text().trimmed();
    p.education = optionalEnumValue<EducationLevel>(m_education->currentData());
    p.unemployedSince = m_unemployedSince->isEnabled() ? m_unemployedSince->date() : QDate();
    p.entryConditions = m_entryConditions->toPlainText().trimmed();
    p.consentDate = m_consentDate->date();
    p.notes = m_notes->toPlainText().trimmed();
    if (unreadable) {
        unreadable->clear();
        for (const auto& [edit, key] : {std::pair{m_birthDate, Field::BirthDate},
                                        std::pair{m_consentDate, Field::ConsentDate},
                                        std::pair{m_unemployedSince, Field::UnemployedSince}}) {
            if (!edit->isAcceptable())
                unreadable->append({QLatin1String(key), unreadableDateMessage()});
        }
        for (const auto& [choice, key] :
             {std::pair{m_employer, Field::Employer}, std::pair{m_referredBy, Field::ReferredBy}}) {
            if (choice->isEnabled() && !choice->isAcceptable())
                unreadable->append({QLatin1String(key), unchosenMessage()});
        }
    }
    return p;
}

void ParticipantForm::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ParticipantForm::focusName() {
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void ParticipantForm::markModified() {
    if (!m_loading)
        setModified(true);
}

} // namespace Verbund
