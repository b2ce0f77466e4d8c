#include "enrollmentdialog.h"

#include "application/measureservice.h"
#include "application/participantservice.h"
#include "domain/validation.h"
#include "forms/participantform.h"
#include "participantdialog.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/searchchoice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbund {

EnrollmentDialog::EnrollmentDialog(Database& database, const MeasureView& view,
                                   Enrollment enrollment, QWidget* parent)
    : RecordDialog(enrollment.meta.isNew() ? tr("Enroll in “%1”").arg(view.measure.title)
                                           : tr("Enrollment in “%1”").arg(view.measure.title),
                   parent)
    , m_database(database)
    , m_enrollment(std::move(enrollment))
    , m_participant(new SearchChoice(participantSearch(database)))
    , m_path(new QComboBox)
    , m_status(new QComboBox)
    , m_start(new DateEdit)
    , m_exit(new DateEdit)
    , m_credits(new QListWidget)
    , m_examDate(new DateEdit)
    , m_examResult(new QComboBox)
    , m_hiredBy(new SearchChoice(organisationSearch(database, {OrganisationKind::Company})))
    , m_hiredOn(new DateEdit)
    , m_exitStatus(new QComboBox)
    , m_notes(new QPlainTextEdit(m_enrollment.notes)) {
    setMinimumWidth(560); // room for a name with its birth date and for the topics
    m_participant->setObjectName(QStringLiteral("participant"));
    m_path->setObjectName(QStringLiteral("path"));
    // Typing a few letters of the name finds the person.
    m_participant->setChoice(participantChoice(database, m_enrollment.participantId));
    m_participant->setEnabled(m_enrollment.meta.isNew());
    fillChoices(m_path, enumChoices<EnrollmentPath>());
    selectChoice(m_path, int(m_enrollment.path));
    fillChoices(m_status, enumChoices<EnrollmentStatus>());
    selectChoice(m_status, int(m_enrollment.status));
    // A new enrollment starts with the measure, unless the coordinator says otherwise.
    m_start->setDate(m_enrollment.meta.isNew() && !m_enrollment.startDate.isValid()
                         ? view.measure.startDate
                         : m_enrollment.startDate);
    m_exit->setDate(m_enrollment.exitDate);
    m_examDate->setDate(m_enrollment.examDate);
    fillChoices(m_examResult, enumChoices<ExamResult>());
    selectChoice(m_examResult, int(m_enrollment.examResult));
    m_hiredBy->setChoice(organisationChoice(database, m_enrollment.hiredById));
    m_hiredOn->setDate(m_enrollment.hiredOn);
    m_exitStatus->setObjectName(QStringLiteral("exitStatus"));
    fillChoices(m_exitStatus, optionalEnumChoices<ExitStatus>());
    selectChoice(m_exitStatus, optionalEnumChoice(m_enrollment.exitStatus));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);

    for (const Topic& topic : view.topics) {
        auto* item =
            new QListWidgetItem(tr("%1 (%n UE)", nullptr, topic.ue).arg(topic.title), m_credits);
        item->setData(Qt::UserRole, topic.id);
        item->setCheckState(m_enrollment.creditedTopicIds.contains(topic.id) ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
    m_credits->setMaximumHeight(110);
    // Long topic titles wrap instead of scrolling sideways.
    m_credits->setWordWrap(true);
    m_credits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_credits->setResizeMode(QListView::Adjust);

    auto* newPerson = new QPushButton(tr("New &person…"));
    newPerson->setEnabled(m_enrollment.meta.isNew());
    auto* personRow = new QHBoxLayout;
    personRow->setContentsMargins(0, 0, 0, 0);
    personRow->addWidget(m_participant, 1);
    personRow->addWidget(newPerson);
    auto* person = new QWidget;
    person->setLayout(personRow);
    person->setFocusProxy(m_participant);

    errors().addRow(form(), tr("P&articipant:"), person, QLatin1String(Field::Participant));
    errors().addRow(form(), tr("&Path:"), m_path);
    errors().addRow(form(), tr("&Status:"), m_status, QLatin1String(Field::Measure));
    errors().addRow(form(), tr("S&tart:"), m_start, QLatin1String(Field::StartDate));
    errors().addRow(form(), tr("E&xit:"), m_exit, QLatin1String(Field::ExitDate));
    if (m_credits->count() > 0)
        errors().addRow(form(), tr("&Credited topics:"), m_credits, QStringLiteral("credits"));
    else
        m_credits->hide();
    errors().addRow(form(), tr("Exam &date:"), m_examDate);
    errors().addRow(form(), tr("Exam &result:"), m_examResult);
    errors().addRow(form(), tr("&Hired by:"), m_hiredBy, QLatin1String(Field::HiredBy));
    errors().addRow(form(), tr("Hired &on:"), m_hiredOn, QLatin1String(Field::HiredOn));
    errors().addRow(form(), tr("Status at e&xit:"), m_exitStatus);
    errors().addRow(form(), tr("&Notes:"), m_notes);
    connect(newPerson, &QPushButton::clicked, this, &EnrollmentDialog::newParticipant);
}

void EnrollmentDialog::newParticipant() {
    ParticipantDialog dialog(m_database, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_participant->setChoice(participantChoice(m_database, dialog.participant().meta.id));
    // Someone without work comes referred; everybody else as an employee.
    selectChoice(m_path, int(dialog.participant().employment == EmploymentStatus::Unemployed
                                 ? EnrollmentPath::Referred
                                 : EnrollmentPath::Employee));
}

Status EnrollmentDialog::save() {
    QList<FieldError> unreadable;
    for (const auto& [edit, key] :
         {std::pair{m_start, Field::StartDate}, std::pair{m_exit, Field::ExitDate},
          std::pair{m_examDate, Field::ExitDate}, std::pair{m_hiredOn, Field::HiredOn}}) {
        if (!edit->isAcceptable())
            unreadable.append({QLatin1String(key), unreadableDateMessage()});
    }
    if (!m_hiredBy->isAcceptable())
        unreadable.append({QLatin1String(Field::HiredBy), unchosenMessage()});
    if (!unreadable.isEmpty())
        return Error::validation(unreadable);
    Enrollment edited = m_enrollment;
    // An edited name that matches no one leaves the choice empty.
    edited.participantId = m_participant->value().toLongLong();
    edited.path = EnrollmentPath(m_path->currentData().toInt());
    edited.status = EnrollmentStatus(m_status->currentData().toInt());
    edited.startDate = m_start->date();
    edited.exitDate = m_exit->date();
    edited.creditedTopicIds.clear();
    for (int i = 0; i < m_credits->count(); ++i) {
        if (m_credits->item(i)->checkState() == Qt::Checked)
            edited.creditedTopicIds << m_credits->item(i)->data(Qt::UserRole).toLongLong();
    }
    edited.examDate = m_examDate->date();
    edited.examResult = ExamResult(m_examResult->currentData().toInt());
    edited.hiredById = m_hiredBy->value().toLongLong();
    edited.hiredOn = m_hiredOn->date();
    edited.exitStatus = optionalEnumValue<ExitStatus>(m_exitStatus->currentData());
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = MeasureService(m_database).save(edited);
    if (saved)
        m_enrollment = edited;
    return saved;
}

} // namespace Verbund
