#include "sessiondialog.h"

#include "application/measureservice.h"
#include "application/sessionservice.h"
#include "common/dates.h"
#include "domain/validation.h"
#include "services/sessionseries.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/searchchoice.h"
#include "widgets/timeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace Verbund {

SessionDialog::SessionDialog(Database& database, const MeasureView& measure, Session session,
                             QWidget* parent)
    : RecordDialog(session.meta.isNew() ? tr("New session") : tr("Edit session"), parent)
    , m_database(database)
    , m_session(std::move(session))
    , m_date(new DateEdit)
    , m_start(new TimeEdit(m_session.start.isValid() ? m_session.start : QTime(8, 0)))
    , m_end(new TimeEdit(m_session.end.isValid() ? m_session.end : QTime(12, 0)))
    , m_ue(new QSpinBox)
    , m_topic(new QComboBox)
    , m_location(new SearchChoice(organisationSearch(database)))
    , m_trainer(new QLineEdit(m_session.trainer))
    , m_notes(new QPlainTextEdit(m_session.notes)) {
    m_date->setDate(m_session.date);
    m_ue->setRange(0, 24);
    m_ue->setValue(m_session.meta.isNew() && m_session.ue == 0 ? 5 : m_session.ue);
    fillChoices(m_topic, topicChoices(measure.topics));
    selectChoice(m_topic, m_session.topicId);
    m_location->setChoice(organisationChoice(database, m_session.locationId));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    QWidget* time = TimeEdit::range(m_start, m_end);
    errors().addRow(form(), tr("&Date:"), m_date, QLatin1String(Field::Date));
    errors().addRow(form(), tr("&Time:"), time, QStringLiteral("end"));
    errors().addRow(form(), tr("&UE:"), m_ue, QStringLiteral("ue"));
    errors().addRow(form(), tr("T&opic:"), m_topic);
    errors().addRow(form(), tr("&Place:"), m_location);
    errors().addRow(form(), tr("T&rainer:"), m_trainer);
    errors().addRow(form(), tr("&Notes:"), m_notes);
}

Status SessionDialog::save() {
    if (!m_date->isAcceptable())
        return Error::validation({{QLatin1String(Field::Date), unreadableDateMessage()}});
    if (QList<FieldError> times = TimeEdit::unreadable(m_start, m_end); !times.isEmpty())
        return Error::validation(times);
    Session edited = m_session;
    edited.date = m_date->date();
    edited.start = m_start->time();
    edited.end = m_end->time();
    edited.ue = m_ue->value();
    edited.topicId = m_topic->currentData().toLongLong();
    edited.locationId = m_location->value().toLongLong();
    edited.trainer = m_trainer->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = SessionService(m_database).save(edited);
    if (saved)
        m_session = edited;
    return saved;
}

} // namespace Verbund
