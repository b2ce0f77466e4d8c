#include "organisationform.h"

#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Verbund {

OrganisationForm::OrganisationForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_sector(new QLineEdit)
    , m_wzSection(new QComboBox)
    , m_employees(new QSpinBox)
    , m_sizeClass(new QLabel)
    , m_street(new QLineEdit)
    , m_postcode(new QLineEdit)
    , m_city(new QLineEdit)
    , m_site(new QComboBox)
    , m_phone(new QLineEdit)
    , m_email(new QLineEdit)
    , m_website(new QLineEdit)
    , m_membership(new QComboBox)
    , m_memberSince(new DateEdit)
    , m_memberUntil(new DateEdit)
    , m_advisor(new QComboBox)
    , m_notes(new QPlainTextEdit) {
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_employees->setObjectName(QStringLiteral("employees"));
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    m_memberSince->setObjectName(QStringLiteral("memberSince"));
    m_memberUntil->setObjectName(QStringLiteral("memberUntil"));
    m_advisor->setObjectName(QStringLiteral("advisor"));

    fillChoices(m_kind, enumChoices<OrganisationKind>());
    fillChoices(m_membership, enumChoices<Membership>());
    m_employees->setRange(-1, 1000000);
    m_employees->setSpecialValueText(tr("not known"));
    m_employees->setGroupSeparatorShown(true);
    m_postcode->setMaxLength(5);
    m_postcode->setInputMask(QString());
    m_email->setPlaceholderText(tr("name@company.de"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(90);

    auto* employeesRow = new QHBoxLayout;
    employeesRow->setContentsMargins(0, 0, 0, 0);
    employeesRow->addWidget(m_employees, 1);
    employeesRow->addWidget(m_sizeClass, 1);
    auto* employees = new QWidget;
    employees->setLayout(employeesRow);
    employees->setFocusProxy(m_employees);
    employees->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* placeRow = new QHBoxLayout;
    placeRow->setContentsMargins(0, 0, 0, 0);
    placeRow->addWidget(m_postcode, 1);
    placeRow->addWidget(m_city, 3);
    auto* place = new QWidget;
    place->setLayout(placeRow);
    place->setFocusProxy(m_postcode);
    place->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_postcode->setMinimumWidth(
        m_postcode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&Name:"), m_name, QLatin1String(Field::Name));
    m_errors.addRow(form, tr("&Kind:"), m_kind);
    m_errors.addRow(form, tr("Se&ctor:"), m_sector);
    m_wzSection->setObjectName(QStringLiteral("wzSection"));
    fillChoices(m_wzSection, optionalEnumChoices<WzSection>());
    m_wzSection->setToolTip(
        tr("The section of the classification of economic activities, as funders count it"));
    m_errors.addRow(form, tr("&WZ 2008 section:"), m_wzSection);
    m_errors.addRow(form, tr("Em&ployees:"), employees, QLatin1String(Field::Employees));
    m_errors.addRow(form, tr("S&treet:"), m_street);
    m_errors.addRow(form, tr("&Postcode, city:"), place, QLatin1String(Field::Postcode));
    m_errors.addRow(form, tr("P&hone:"), m_phone);
    m_errors.addRow(form, tr("&Email:"), m_email, QLatin1String(Field::Email));
    m_errors.addRow(form, tr("&Website:"), m_website, QLatin1String(Field::Website));
    m_errors.addRow(form, tr("&Membership:"), m_membership);
    m_errors.addRow(form, tr("Member si&nce:"), m_memberSince, QLatin1String(Field::MemberSince));
    m_errors.addRow(form, tr("Member &until:"), m_memberUntil, QLatin1String(Field::MemberUntil));
    m_errors.addRow(form, tr("&Advisor:"), m_advisor);
    m_errors.addRow(form, tr("Si&te:"), m_site);
    m_errors.addRow(form, tr("N&otes:"), m_notes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    for (QLineEdit* edit :
         {m_name, m_sector, m_street, m_postcode, m_city, m_phone, m_email, m_website,
          static_cast<QLineEdit*>(m_memberSince), static_cast<QLineEdit*>(m_memberUntil)})
        connect(edit, &QLineEdit::textEdited, this, &OrganisationForm::markModified);
    for (QComboBox* combo : {m_kind, m_wzSection, m_site, m_membership, m_advisor})
        connect(combo, &QComboBox::activated, this, &OrganisationForm::markModified);
    connect(m_employees, &QSpinBox::valueChanged, this, [this] {
        updateSizeClass();
        markModified();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OrganisationForm::markModified);
    updateSizeClass();
}

void OrganisationForm::setDatabase(Database* database) {
    m_loading = true;
    fillChoices(m_advisor, database ? staffChoices(*database) : QList<Choice>{});
    fillChoices(m_site, database ? siteChoices(*database) : QList<Choice>{});
    m_loading = false;
}

void OrganisationForm::setOrganisation(const Organisation& o) {
    m_loading = true;
    m_organisation = o;
    m_errors.clear();
    m_name->setText(o.name);
    selectChoice(m_kind, int(o.kind));
    m_sector->setText(o.sector);
    selectChoice(m_wzSection, optionalEnumChoice(o.wzSection));
    m_employees->setValue(o.employees.value_or(-1));
    m_street->setText(o.street);
    m_postcode->setText(o.postcode);
    m_city->setText(o.city);
    selectChoice(m_site, o.siteId);
    m_phone->setText(o.phone);
    m_email->setText(o.email);
    m_website->setText(o.website);
    selectChoice(m_membership, int(o.membership));
    m_memberSince->setDate(o.memberSince);
    m_memberUntil->setDate(o.memberUntil);
    selectChoice(m_advisor, o.advisorId);
    m_notes->setPlainText(o.notes);
    updateSizeClass();
    m_loading = false;
    setModified(false);
}

Organisation OrganisationForm::organisation(QList<FieldError>* unreadable) const {
    Organisation o = m_organisation;
    o.name = m_name->text().trimmed();
    o.kind = OrganisationKind(m_kind->currentData().toInt());
    o.sector = m_sector->text().trimmed();
    o.wzSection = optionalEnumValue<WzSection>(m_wzSection->currentData());
    o.employees =
        m_employees->value() < 0 ? std::nullopt : std::optional<int>(m_employees->value());
    o.street = m_street->text().trimmed();
    o.postcode = m_postcode->text().trimmed();
    o.city = m_city->text().trimmed();
    o.siteId = m_site->currentData().toLongLong();
    o.phone = m_phone->text().trimmed();
    o.email = m_email->text().trimmed();
    o.website = m_website->text().trimmed();
    o.membership = Membership(m_membership->currentData().toInt());
    o.memberSince = m_memberSince->date();
    o.memberUntil = m_memberUntil->date();
    o.advisorId = m_advisor->currentData().toLongLong();
    o.notes = m_notes->toPlainText().trimmed();
    if (unreadable) {
        unreadable->clear();
        for (const auto& [edit, key] : {std::pair{m_memberSince, Field::MemberSince},
                                        std::pair{m_memberUntil, Field::MemberUntil}}) {
            if (!edit->isAcceptable())
                unreadable->append({QLatin1String(key), unreadableDateMessage()});
        }
    }
    return o;
}

void OrganisationForm::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void OrganisationForm::focusName() {
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void OrganisationForm::updateSizeClass() {
    const int employees = m_employees->value();
    m_sizeClass->setText(employees < 0 ? QString()
                                       : enumLabel(sizeClassFor(std::optional<int>(employees))));
}

void OrganisationForm::markModified() {
    if (!m_loading)
        setModified(true);
}

} // namespace Verbund
