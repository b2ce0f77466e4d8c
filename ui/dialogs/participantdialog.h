#pragma once

#include "domain/participant.h"

#include <QDialog>

namespace Verbund {

class Database;
class ParticipantForm;

// Adds a new person, for instance while enrolling them in a measure.
class ParticipantDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantDialog)
public:
    ParticipantDialog(Database& database, Participant participant, QWidget* parent = nullptr);
    const Participant& participant() const { return m_participant; }
    void accept() override;

private:
    Database& m_database;
    Participant m_participant;
    ParticipantForm* m_form;
};

} // namespace Verbund
