#include "followupdialog.h"

#include "application/followupservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Verbund {

FollowUpDialog::FollowUpDialog(Database& database, FollowUp followUp, const QString& about,
                               QWidget* parent)
    : RecordDialog(followUp.meta.isNew() ? tr("New follow-up") : tr("Edit follow-up"), parent)
    , m_database(database)
    , m_followUp(std::move(followUp))
    , m_text(new QLineEdit(m_followUp.text))
    , m_dueOn(new DateEdit)
    , m_owner(new QComboBox)
    , m_doneOn(new DateEdit) {
    m_text->setObjectName(QStringLiteral("text"));
    m_dueOn->setObjectName(QStringLiteral("dueOn"));
    m_doneOn->setObjectName(QStringLiteral("doneOn"));
    m_text->setMaxLength(MaxNameLength);
    m_text->setPlaceholderText(tr("e.g. Call back about the training plan"));
    m_dueOn->setDate(m_followUp.dueOn);
    m_doneOn->setDate(m_followUp.doneOn);
    fillChoices(m_owner, staffChoices(m_database));
    selectChoice(m_owner, m_followUp.ownerId);
    auto* subject = new QLabel(about);
    subject->setWordWrap(true);
    form()->addRow(tr("About:"), subject);
    if (m_followUp.rule) {
        // What the rule asks for stays as it made it; the text of a consultation is its own.
        m_text->hide();
        auto* task = new QLabel(followUpTask(m_followUp));
        task->setWordWrap(true);
        task->setObjectName(QStringLiteral("task"));
        form()->addRow(tr("Task:"), task);
    } else {
        errors().addRow(form(), tr("&Task:"), m_text, QLatin1String(Field::Text));
    }
    errors().addRow(form(), tr("D&ue on:"), m_dueOn, QLatin1String(Field::DueOn));
    errors().addRow(form(), tr("&Owner:"), m_owner);
    errors().addRow(form(), tr("Do&ne on:"), m_doneOn, QLatin1String(Field::DoneOn));
}

Status FollowUpDialog::save() {
    QList<FieldError> unreadable;
    if (!m_dueOn->isAcceptable())
        unreadable.append({QLatin1String(Field::DueOn), unreadableDateMessage()});
    if (!m_doneOn->isAcceptable())
        unreadable.append({QLatin1String(Field::DoneOn), unreadableDateMessage()});
    if (!unreadable.isEmpty())
        return Error::validation(unreadable);
    FollowUp edited = m_followUp;
    if (!edited.rule)
        edited.text = m_text->text().trimmed();
    edited.dueOn = m_dueOn->date();
    edited.ownerId = m_owner->currentData().toLongLong();
    edited.doneOn = m_doneOn->date();
    Status saved = FollowUpService(m_database).save(edited);
    if (saved)
        m_followUp = edited;
    return saved;
}

} // namespace Verbund
