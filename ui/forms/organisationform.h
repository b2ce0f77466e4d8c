#pragma once

#include "domain/organisation.h"
#include "widgets/formerrors.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Verbund {

class Database;
class DateEdit;

// Edits the master data of one organisation; tells when the user changed something.
class OrganisationForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationForm)
public:
    explicit OrganisationForm(QWidget* parent = nullptr);

    // Fills the advisor and site choices from the database.
    void setDatabase(Database* database);
    void setOrganisation(const Organisation& organisation);
    // The organisation as edited, and the fields whose text cannot be read (bad dates).
    Organisation organisation(QList<FieldError>* unreadable = nullptr) const;
    // The organisation as it was given to the form, before the user's edits.
    const Organisation& original() const { return m_organisation; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void showErrors(const QList<FieldError>& errors) { m_errors.show(errors); }
    void focusName();

signals:
    void modifiedChanged(bool modified);

private:
    void updateSizeClass();
    void markModified();

    Organisation m_organisation;
    bool m_modified = false;
    bool m_loading = false;
    FormErrors m_errors;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_sector;
    QComboBox* m_wzSection;
    QSpinBox* m_employees;
    QLabel* m_sizeClass;
    QLineEdit* m_street;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QComboBox* m_site;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QComboBox* m_membership;
    DateEdit* m_memberSince;
    DateEdit* m_memberUntil;
    QComboBox* m_advisor;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
