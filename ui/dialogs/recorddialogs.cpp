#include "recorddialogs.h"

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

namespace {

QPlainTextEdit* textBox(const QString& text, int height) {
    auto* box = new QPlainTextEdit(text);
    box->setTabChangesFocus(true);
    box->setFixedHeight(height);
    return box;
}

} // namespace

ContactDialog::ContactDialog(Database& database, Contact contact, QWidget* parent)
    : RecordDialog(contact.meta.isNew() ? tr("New contact") : tr("Edit contact"), parent)
    , m_database(database)
    , m_contact(std::move(contact))
    , m_firstName(new QLineEdit(m_contact.firstName))
    , m_lastName(new QLineEdit(m_contact.lastName))
    , m_function(new QComboBox)
    , m_email(new QLineEdit(m_contact.email))
    , m_phone(new QLineEdit(m_contact.phone))
    , m_notes(textBox(m_contact.notes, 70)) {
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_function->setEditable(true);
    m_function->addItems({QString(), tr("Management"), tr("HR"), tr("Trainer"), tr("Works council"),
                          tr("Training coordination")});
    m_function->setCurrentText(m_contact.function);
    errors().addRow(form(), tr("&First name:"), m_firstName);
    errors().addRow(form(), tr("&Last name:"), m_lastName, QLatin1String(Field::LastName));
    errors().addRow(form(), tr("F&unction:"), m_function);
    errors().addRow(form(), tr("&Email:"), m_email, QLatin1String(Field::Email));
    errors().addRow(form(), tr("&Phone:"), m_phone);
    errors().addRow(form(), tr("&Notes:"), m_notes);
}

Status ContactDialog::save() {
    Contact edited = m_contact;
    edited.firstName = m_firstName->text().trimmed();
    edited.lastName = m_lastName->text().trimmed();
    edited.function = m_function->currentText().trimmed();
    edited.email = m_email->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_contact = edited;
    return saved;
}

ConsultationDialog::ConsultationDialog(Database& database, Consultation consultation,
                                       QWidget* parent)
    : RecordDialog(consultation.meta.isNew() ? tr("New consultation") : tr("Edit consultation"),
                   parent)
    , m_database(database)
    , m_consultation(std::move(consultation))
    , m_date(new DateEdit)
    , m_advisor(new QComboBox)
    , m_channel(new QComboBox)
    , m_summary(textBox(m_consultation.summary, 90))
    , m_outcome(textBox(m_consultation.outcome, 60))
    , m_followUp(new DateEdit) {
    m_date->setObjectName(QStringLiteral("date"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_date->setDate(m_consultation.date);
    m_followUp->setDate(m_consultation.followUp);
    fillChoices(m_advisor, staffChoices(m_database));
    selectChoice(m_advisor, m_consultation.advisorId);
    fillChoices(m_channel, enumChoices<ConsultationChannel>());
    selectChoice(m_channel, int(m_consultation.channel));

    auto* topics = new QWidget;
    auto* grid = new QGridLayout(topics);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (ConsultationTopic topic : enumValues<ConsultationTopic>()) {
        auto* box = new QCheckBox(enumLabel(topic));
        box->setChecked(m_consultation.topics.testFlag(topic));
        grid->addWidget(box, index / 2, index % 2);
        m_topics.insert(topic, box);
        ++index;
    }

    errors().addRow(form(), tr("&Date:"), m_date, QLatin1String(Field::Date));
    errors().addRow(form(), tr("&Advisor:"), m_advisor);
    errors().addRow(form(), tr("&Channel:"), m_channel);
    errors().addRow(form(), tr("Topics:"), topics);
    errors().addRow(form(), tr("&Summary:"), m_summary);
    errors().addRow(form(), tr("&Outcome:"), m_outcome);
    errors().addRow(form(), tr("&Follow-up on:"), m_followUp, QLatin1String(Field::FollowUp));
}

Status ConsultationDialog::save() {
    QList<FieldError> unreadable;
    if (!m_date->isAcceptable())
        unreadable.append({QLatin1String(Field::Date), unreadableDateMessage()});
    if (!m_followUp->isAcceptable())
        unreadable.append({QLatin1String(Field::FollowUp), unreadableDateMessage()});
    if (!unreadable.isEmpty())
        return Error::validation(unreadable);
    Consultation edited = m_consultation;
    edited.date = m_date->date();
    edited.advisorId = m_advisor->currentData().toLongLong();
    edited.channel = ConsultationChannel(m_channel->currentData().toInt());
    edited.topics = {};
    for (auto it = m_topics.cbegin(); it != m_topics.cend(); ++it)
        edited.topics.setFlag(it.key(), it.value()->isChecked());
    edited.summary = m_summary->toPlainText().trimmed();
    edited.outcome = m_outcome->toPlainText().trimmed();
    edited.followUp = m_followUp->date();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_consultation = edited;
    return saved;
}

StaffDialog::StaffDialog(Database& database, Staff staff, QWidget* parent)
    : RecordDialog(staff.meta.isNew() ? tr("New staff member") : tr("Edit staff member"), parent)
    , m_database(database)
    , m_staff(std::move(staff))
    , m_firstName(new QLineEdit(m_staff.firstName))
    , m_lastName(new QLineEdit(m_staff.lastName))
    , m_email(new QLineEdit(m_staff.email))
    , m_phone(new QLineEdit(m_staff.phone))
    , m_site(new QComboBox)
    , m_active(new QCheckBox(tr("Works for the office"))) {
    fillChoices(m_site, siteChoices(m_database));
    selectChoice(m_site, m_staff.siteId);
    m_active->setChecked(m_staff.active);
    errors().addRow(form(), tr("&First name:"), m_firstName);
    errors().addRow(form(), tr("&Last name:"), m_lastName, QLatin1String(Field::LastName));
    errors().addRow(form(), tr("&Email:"), m_email, QLatin1String(Field::Email));
    errors().addRow(form(), tr("&Phone:"), m_phone);
    errors().addRow(form(), tr("&Site:"), m_site);
    errors().addRow(form(), tr("Active:"), m_active);
}

Status StaffDialog::save() {
    Staff edited = m_staff;
    edited.firstName = m_firstName->text().trimmed();
    edited.lastName = m_lastName->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    edited.siteId = m_site->currentData().toLongLong();
    edited.active = m_active->isChecked();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_staff = edited;
    return saved;
}

SiteDialog::SiteDialog(Database& database, Site site, QWidget* parent)
    : RecordDialog(site.meta.isNew() ? tr("New site") : tr("Edit site"), parent)
    , m_database(database)
    , m_site(std::move(site))
    , m_name(new QLineEdit(m_site.name))
    , m_city(new QLineEdit(m_site.city))
    , m_notes(textBox(m_site.notes, 70)) {
    errors().addRow(form(), tr("&Name:"), m_name, QLatin1String(Field::Name));
    errors().addRow(form(), tr("&City:"), m_city);
    errors().addRow(form(), tr("N&otes:"), m_notes);
}

Status SiteDialog::save() {
    Site edited = m_site;
    edited.name = m_name->text().trimmed();
    edited.city = m_city->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_site = edited;
    return saved;
}

} // namespace Verbund
