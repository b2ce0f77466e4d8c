#pragma once

#include "domain/contact.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Verbund {

class Database;

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
    QComboBox* m_salutation;
    QLineEdit* m_academicTitle;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QComboBox* m_function;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_mobile;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
