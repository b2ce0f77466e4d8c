#pragma once

#include "domain/participant.h"
#include "widgets/formerrors.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Verbund {

class Database;
class DateEdit;
class SearchChoice;

// Edits the data of one participant; tells when the user changed something. Used on the
// participants page and in the dialog that enrolls a new person.
class ParticipantForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantForm)
public:
    explicit ParticipantForm(QWidget* parent = nullptr);

    // The database the employer and referral searches look in.
    void setDatabase(Database* database) { m_database = database; }
    void setParticipant(const Participant& participant);
    // The participant as edited, and the fields whose text cannot be read (bad dates).
    Participant participant(QList<FieldError>* unreadable = nullptr) const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    void showErrors(const QList<FieldError>& errors) { m_errors.show(errors); }
    void focusName();

signals:
    void modifiedChanged(bool modified);

private:
    void markModified();
    void updateOrganisations();

    Database* m_database = nullptr;
    Participant m_participant;
    bool m_modified = false;
    bool m_loading = false;
    FormErrors m_errors;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    DateEdit* m_birthDate;
    QComboBox* m_gender;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_postcode;
    QLineEdit* m_city;
    QComboBox* m_employment;
    SearchChoice* m_employer;
    SearchChoice* m_referredBy;
    QLineEdit* m_priorQualification;
    QComboBox* m_education;
    DateEdit* m_unemployedSince;
    QPlainTextEdit* m_entryConditions;
    DateEdit* m_consentDate;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
