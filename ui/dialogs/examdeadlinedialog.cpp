#include "examdeadlinedialog.h"

#include "application/followupservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/searchchoice.h"

#include <QFormLayout>
#include <QLineEdit>

namespace Verbund {

ExamDeadlineDialog::ExamDeadlineDialog(Database& database, ExamDeadline deadline, QWidget* parent)
    : RecordDialog(deadline.meta.isNew() ? tr("New exam sitting") : tr("Edit exam sitting"), parent)
    , m_database(database)
    , m_deadline(std::move(deadline))
    , m_chamber(new SearchChoice(organisationSearch(database, {OrganisationKind::Chamber})))
    , m_title(new QLineEdit(m_deadline.title))
    , m_registrationBy(new DateEdit)
    , m_examOn(new DateEdit) {
    m_chamber->setObjectName(QStringLiteral("chamber"));
    m_title->setObjectName(QStringLiteral("title"));
    m_registrationBy->setObjectName(QStringLiteral("registrationBy"));
    m_examOn->setObjectName(QStringLiteral("examOn"));
    m_chamber->setChoice(organisationChoice(database, m_deadline.chamberId));
    m_title->setMaxLength(MaxNameLength);
    m_title->setPlaceholderText(tr("e.g. Summer exam 2027"));
    m_registrationBy->setDate(m_deadline.registrationBy);
    m_examOn->setDate(m_deadline.examOn);
    errors().addRow(form(), tr("&Chamber:"), m_chamber, QLatin1String(Field::Chamber));
    errors().addRow(form(), tr("&Exam:"), m_title, QLatin1String(Field::Title));
    errors().addRow(form(), tr("&Registration by:"), m_registrationBy,
                    QLatin1String(Field::RegistrationBy));
    errors().addRow(form(), tr("Exam &on:"), m_examOn, QLatin1String(Field::ExamOn));
}

Status ExamDeadlineDialog::save() {
    QList<FieldError> unreadable;
    if (!m_chamber->isAcceptable())
        unreadable.append({QLatin1String(Field::Chamber), unchosenMessage()});
    if (!m_registrationBy->isAcceptable())
        unreadable.append({QLatin1String(Field::RegistrationBy), unreadableDateMessage()});
    if (!m_examOn->isAcceptable())
        unreadable.append({QLatin1String(Field::ExamOn), unreadableDateMessage()});
    if (!unreadable.isEmpty())
        return Error::validation(unreadable);
    ExamDeadline edited = m_deadline;
    edited.chamberId = m_chamber->value().toLongLong();
    edited.title = m_title->text().trimmed();
    edited.registrationBy = m_registrationBy->date();
    edited.examOn = m_examOn->date();
    Status saved = FollowUpService(m_database).save(edited);
    if (saved)
        m_deadline = edited;
    return saved;
}

} // namespace Verbund
