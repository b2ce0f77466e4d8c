#pragma once

#include "domain/consent.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;

namespace Verbund {

class Database;
class DateEdit;

// Records or edits a participant's consent to one purpose, and its withdrawal.
class ConsentDialog final : public RecordDialog {
    Q_OBJECT
public:
    ConsentDialog(Database& database, Consent consent, QWidget* parent = nullptr);
    const Consent& consent() const { return m_consent; }

protected:
    Status save() override;

private:
    Database& m_database;
    Consent m_consent;
    QComboBox* m_purpose;
    DateEdit* m_givenOn;
    QComboBox* m_how;
    QLineEdit* m_textVersion;
    DateEdit* m_withdrawnOn;
};

} // namespace Verbund
