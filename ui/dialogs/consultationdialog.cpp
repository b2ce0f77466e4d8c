#include "consultationdialog.h"

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

} // namespace Verbund
