#pragma once

#include "domain/consultation.h"
#include "recorddialog.h"

#include <QCheckBox>
#include <QMap>

class QComboBox;
class QPlainTextEdit;

namespace Verbund {

class Database;
class DateEdit;

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

} // namespace Verbund
