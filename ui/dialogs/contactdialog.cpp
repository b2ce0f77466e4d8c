#include "contactdialog.h"

#include "application/networkservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Verbund {

ContactDialog::ContactDialog(Database& database, Contact contact, QWidget* parent)
    : RecordDialog(contact.meta.isNew() ? tr("New contact") : tr("Edit contact"), parent)
    , m_database(database)
    , m_contact(std::move(contact))
    , m_salutation(new QComboBox)
    , m_academicTitle(new QLineEdit(m_contact.academicTitle))
    , m_firstName(new QLineEdit(m_contact.firstName))
    , m_lastName(new QLineEdit(m_contact.lastName))
    , m_function(new QComboBox)
    , m_email(new QLineEdit(m_contact.email))
    , m_phone(new QLineEdit(m_contact.phone))
    , m_mobile(new QLineEdit(m_contact.mobile))
    , m_notes(textBox(m_contact.notes, 70)) {
    m_salutation->setObjectName(QStringLiteral("salutation"));
    fillChoices(m_salutation, optionalEnumChoices<Salutation>());
    selectChoice(m_salutation, optionalEnumChoice(m_contact.salutation));
    m_academicTitle->setObjectName(QStringLiteral("academicTitle"));
    m_academicTitle->setPlaceholderText(tr("e.g. Dr."));
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_function->setEditable(true);
    m_function->addItems({QString(), tr("Management"), tr("HR"), tr("Trainer"), tr("Works council"),
                          tr("Training coordination")});
    m_function->setCurrentText(m_contact.function);
    errors().addRow(form(), tr("&Salutation:"), m_salutation);
    errors().addRow(form(), tr("Academic t&itle:"), m_academicTitle);
    errors().addRow(form(), tr("&First name:"), m_firstName);
    errors().addRow(form(), tr("&Last name:"), m_lastName, QLatin1String(Field::LastName));
    errors().addRow(form(), tr("F&unction:"), m_function);
    errors().addRow(form(), tr("&Email:"), m_email, QLatin1String(Field::Email));
    errors().addRow(form(), tr("&Phone:"), m_phone);
    errors().addRow(form(), tr("&Mobile:"), m_mobile);
    errors().addRow(form(), tr("&Notes:"), m_notes);
}

Status ContactDialog::save() {
    Contact edited = m_contact;
    edited.salutation = optionalEnumValue<Salutation>(m_salutation->currentData());
    edited.academicTitle = m_academicTitle->text().trimmed();
    edited.firstName = m_firstName->text().trimmed();
    edited.lastName = m_lastName->text().trimmed();
    edited.function = m_function->currentText().trimmed();
    edited.email = m_email->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    edited.mobile = m_mobile->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_contact = edited;
    return saved;
}

} // namespace Verbund
