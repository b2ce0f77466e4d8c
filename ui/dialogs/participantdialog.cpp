#include "participantdialog.h"

#include "application/measureservice.h"
#include "application/participantservice.h"
#include "domain/validation.h"
#include "forms/participantform.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbund {

ParticipantDialog::ParticipantDialog(Database& database, Participant participant, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_participant(std::move(participant))
    , m_form(new ParticipantForm) {
    setWindowTitle(m_participant.meta.isNew() ? tr("New participant") : tr("Edit participant"));
    m_form->setDatabase(&m_database);
    m_form->setParticipant(m_participant);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ParticipantDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_form->focusName();
}

void ParticipantDialog::accept() {
    QList<FieldError> unreadable;
    Participant edited = m_form->participant(&unreadable);
    if (!unreadable.isEmpty()) {
        m_form->showErrors(unreadable);
        return;
    }
    const Status saved = ParticipantService(m_database).save(edited);
    if (!saved) {
        if (saved.error().code() != ErrorCode::Validation)
            QMessageBox::warning(this, windowTitle(), saved.error().fullText());
        m_form->showErrors(saved.error().fieldErrors());
        return;
    }
    m_participant = edited;
    QDialog::accept();
}

} // namespace Verbund
