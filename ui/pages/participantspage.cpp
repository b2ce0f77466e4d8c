#include "participantspage.h"

#include "application/participantservice.h"
#include "forms/participantform.h"
#include "models/participantenrollmenttablemodel.h"
#include "models/participanttablemodel.h"
#include "models/recordlistmodel.h"
#include "widgets/columnfitter.h"
#include "widgets/confirm.h"
#include "widgets/historyview.h"
#include "widgets/listpane.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

namespace {

enum Tab { DataTab, EnrollmentsTab, HistoryTab };

constexpr int MaxColumnWidth = 320; // of the enrollments' columns

} // namespace

ParticipantsPage::ParticipantsPage(QWidget* parent)
    : RecordPage(new ParticipantTableModel,
                 {tr("&New participant"), tr("&Delete participant…"), tr("&Save participant"),
                  tr("Filter by name, city, company, measure … (Ctrl+F)"),
                  tr("Choose a person on the left, or add a new one with Ctrl+N."),
                  tr("Participants"), tr("Participants")},
                 parent)
    , m_enrollments(new ParticipantEnrollmentTableModel(this))
    , m_tabs(new QTabWidget)
    , m_form(new ParticipantForm) {
    m_list->filter()->setObjectName(QStringLiteral("participantFilter"));
    m_view->setObjectName(QStringLiteral("participantTable"));

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* dataPage = new QWidget;
    auto* dataLayout = new QVBoxLayout(dataPage);
    dataLayout->addWidget(scroll, 1);
    dataLayout->addLayout(saveButtons());
    auto* enrollments = new QTableView;
    enrollments->setModel(m_enrollments);
    enrollments->setSelectionBehavior(QAbstractItemView::SelectRows);
    enrollments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    enrollments->verticalHeader()->hide();
    new ColumnFitter(enrollments, MaxColumnWidth, ColumnFitter::Remeasure::OnEveryReset, this);
    m_tabs->addTab(dataPage, tr("Personal data"));
    m_tabs->addTab(enrollments, tr("Enrollments"));
    m_history = new HistoryView(RecordKind::Participant);
    m_tabs->addTab(m_history, tr("History"));
    setUpLayout(m_tabs, 5, 6);

    connect(m_form, &ParticipantForm::modifiedChanged, this, &ParticipantsPage::updateActions);
    connect(m_enrollments, &RecordListModel::loadFailed, this, &ParticipantsPage::showError);
    setExportKind(QStringLiteral("participants"));
    setRecordTable(QStringLiteral("participant"));
    setListKinds({RecordKind::Participant, RecordKind::Enrollment, RecordKind::Measure,
                  RecordKind::Organisation});
    setDatabase(nullptr);
}

QList<QAction*> ParticipantsPage::editActions() const {
    return {m_newAction,    m_saveAction,       m_deleteAction,   nullptr,
            m_filterAction, m_exportListAction, m_exportAllAction};
}

void ParticipantsPage::databaseChanged(Database* database) {
    m_form->setDatabase(database);
    m_enrollments->setDatabase(database);
}

bool ParticipantsPage::isEdited() const {
    return m_form->isModified();
}

void ParticipantsPage::discardEdits() {
    m_form->setModified(false);
}

QString ParticipantsPage::unsavedQuestion() const {
    const QString name = m_form->participant().fullName();
    return tr("The data of “%1” have unsaved changes. Save them?")
        .arg(name.isEmpty() ? tr("(new)") : name);
}

Result<QString> ParticipantsPage::loadRecord(qint64 id) {
    auto participant = ParticipantService(*m_database).get(id);
    if (!participant)
        return participant.error();
    m_form->setParticipant(*participant);
    m_enrollments->setParentId(id);
    return participant->fullName();
}

void ParticipantsPage::clearRecord() {
    m_form->setParticipant({});
    m_enrollments->setParentId(0);
    m_tabs->setCurrentIndex(DataTab);
}

void ParticipantsPage::focusNewRecord() {
    m_form->focusName();
}

void ParticipantsPage::showFieldErrors(const QList<FieldError>& errors) {
    m_tabs->setCurrentIndex(DataTab);
    m_form->showErrors(errors);
}

QString ParticipantsPage::countText(int count) const {
    return tr("%Ln participant(s)", nullptr, count);
}

bool ParticipantsPage::saveRecord() {
    if (!m_database || !m_editing)
        return false;
    QList<FieldError> unreadable;
    Participant participant = m_form->participant(&unreadable);
    if (!unreadable.isEmpty()) {
        showFieldErrors(unreadable);
        return false;
    }
    if (Status saved = ParticipantService(*m_database).save(participant); !saved)
        return saveFailed(saved.error(), participant.meta.id);
    m_form->setParticipant(participant);
    m_enrollments->setParentId(participant.meta.id);
    recordSaved(participant.meta.id, participant.fullName());
    return true;
}

void ParticipantsPage::deleteRecord() {
    ParticipantService participants(*m_database);
    auto participant = participants.get(m_currentId);
    if (!participant) {
        showError(participant.error().message());
        return;
    }
    const int enrollments = m_enrollments->rowCount();
    const QString question =
        enrollments > 0 ? tr("Delete “%1” together with %n enrollment(s)? This cannot be undone.",
                             nullptr, enrollments)
                              .arg(participant->fullName())
                        : tr("Delete “%1”? This cannot be undone.").arg(participant->fullName());
    if (!confirmDelete(this, tr("Delete participant"), question))
        return;
    if (Status removed = participants.remove(*participant); !removed) {
        showError(removed.error().message());
        return;
    }
    recordDeleted(participant->fullName());
}

void ParticipantsPage::updateCounts() {
    RecordPage::updateCounts();
    m_tabs->setTabText(EnrollmentsTab, tr("Enrollments (%1)").arg(m_enrollments->rowCount()));
}

void ParticipantsPage::setEditable(bool editable) {
    m_form->setEnabled(editable);
}

void ParticipantsPage::updateActions() {
    RecordPage::updateActions();
    m_tabs->setTabEnabled(EnrollmentsTab, m_editing && m_currentId > 0);
}

} // namespace Verbund
