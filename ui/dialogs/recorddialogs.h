#pragma once

#include "domain/consultation.h"
#include "domain/contact.h"
#include "domain/staff.h"
#include "recorddialog.h"

#include <QCheckBox>
#include <QMap>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Verbund {

class Database;
class DateEdit;

// Adds or edits a contact person of an organisation.
class ContactDialog final : public RecordDialog {
    Q_OBJECT
public:
    ContactDialog(Database& database, Contact contact, QWidget* parent = nullptr);
    const Contact& contact() const { return m_contact; }

protected:
    Status save() override;

private:
    Database& m_database;
    Contact m_contact;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QComboBox* m_function;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QPlainTextEdit* m_notes;
};

// Records or edits a consultation with an organisation.
class ConsultationDialog final : public RecordDialog {
    Q_OBJECT
public:
    ConsultationDialog(Database& database, Consultation consultation, QWidget* parent = nullptr);
    const Consultation& consultation() const { return m_consultation; }

protected:
    Status save() override;

private:
    Database& m_database;
    Consultation m_consultation;
    DateEdit* m_date;
    QComboBox* m_advisor;
    QComboBox* m_channel;
    QMap<ConsultationTopic, QCheckBox*> m_topics;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_outcome;
    DateEdit* m_followUp;
};

// Adds or edits a person of the office.
class StaffDialog final : public RecordDialog {
    Q_OBJECT
public:
    StaffDialog(Database& database, Staff staff, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_database;
    Staff m_staff;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_site;
    QCheckBox* m_active;
};

// Adds or edits a site of the network's office.
class SiteDialog final : public RecordDialog {
    Q_OBJECT
public:
    SiteDialog(Database& database, Site site, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_database;
    Site m_site;
    QLineEdit* m_name;
    QLineEdit* m_city;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
