#include "participantspage.h"

#include "application/participantservice.h"
#include "application/personservice.h"
#include "common/dates.h"
#include "dialogs/consentdialog.h"
#include "dialogs/erasuredialog.h"
#include "domain/rights.h"
#include "forms/participantform.h"
#include "models/consenttablemodel.h"
#include "models/followuptablemodel.h"
#include "models/participantenrollmenttablemodel.h"
#include "models/participanttablemodel.h"
#include "models/recordlistmodel.h"
#include "widgets/columnfitter.h"
#include "widgets/confirm.h"
#include "widgets/followuppanel.h"
#include "widgets/historyview.h"
#include "widgets/listpane.h"
#include "widgets/recordlistpanel.h"
#include "widgets/reportprinting.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

namespace {

enum Tab { DataTab, EnrollmentsTab, ConsentsTab, FollowUpsTab, HistoryTab };

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
    , m_consents(new ConsentTableModel(this))
    , m_consentPanel(new RecordListPanel(m_consents, tr("&New consent…")))
    , m_followUpPanel(new FollowUpPanel(FollowUpSubject::Participant))
    , m_tabs(new QTabWidget)
    , m_form(new ParticipantForm)
    , m_erasedNotice(new QLabel)
    , m_giveDataAction(new QAction(tr("&Give the person their data…"), this))
    , m_eraseAction(new QAction(tr("E&rase personal data…"), this)) {
    m_list->filter()->setObjectName(QStringLiteral("participantFilter"));
    m_view->setObjectName(QStringLiteral("participantTable"));

    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* dataPage = new QWidget;
    auto* dataLayout = new QVBoxLayout(dataPage);
    m_erasedNotice->setObjectName(QStringLiteral("erasedNotice"));
    m_erasedNotice->setWordWrap(true);
    m_erasedNotice->hide();
    dataLayout->addWidget(m_erasedNotice);
    dataLayout->addWidget(scroll, 1);
    m_giveDataAction->setObjectName(QStringLiteral("giveDataAction"));
    m_giveDataAction->setToolTip(
        tr("Everything stored about the person, as a PDF to hand over or as JSON (Art. 15/20 "
           "GDPR)"));
    m_eraseAction->setObjectName(QStringLiteral("eraseAction"));
    m_eraseAction->setToolTip(tr("Erase names, contact data and free texts, keeping the "
                                 "person anonymously in every count (Art. 17 GDPR)"));
    dataLayout->addLayout(saveButtons({m_giveDataAction, m_eraseAction}));
    auto* enrollments = new QTableView;
    enrollments->setModel(m_enrollments);
    enrollments->setSelectionBehavior(QAbstractItemView::SelectRows);
    enrollments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    enrollments->verticalHeader()->hide();
    new ColumnFitter(enrollments, MaxColumnWidth, ColumnFitter::Remeasure::OnEveryReset, this);
    m_tabs->addTab(dataPage, tr("Personal data"));
    m_tabs->addTab(enrollments, tr("Enrollments"));
    m_consentPanel->setObjectName(QStringLiteral("consentPanel"));
    m_tabs->addTab(m_consentPanel, tr("Consents"));
    m_followUpPanel->setObjectName(QStringLiteral("followUpPanel"));
    m_tabs->addTab(m_followUpPanel, tr("Follow-ups"));
    connect(m_followUpPanel, &FollowUpPanel::failed, this, &ParticipantsPage::showError);
    connect(m_followUpPanel->model(), &QAbstractItemModel::modelReset, this,
            &ParticipantsPage::updateCounts);
    m_history = new HistoryView(RecordKind::Participant);
    m_tabs->addTab(m_history, tr("History"));
    setUpLayout(m_tabs, 5, 6);

    connect(m_form, &ParticipantForm::modifiedChanged, this, &ParticipantsPage::updateActions);
    connect(m_enrollments, &RecordListModel::loadFailed, this, &ParticipantsPage::showError);
    connect(m_consents, &RecordListModel::loadFailed, this, &ParticipantsPage::showError);
    connect(m_consents, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateCounts);
    connect(m_consentPanel, &RecordListPanel::addRequested, this, [this] { editConsent(0); });
    connect(m_consentPanel, &RecordListPanel::editRequested, this, &ParticipantsPage::editConsent);
    connect(m_consentPanel, &RecordListPanel::removeRequested, this,
            &ParticipantsPage::removeConsent);
    connect(m_giveDataAction, &QAction::triggered, this, &ParticipantsPage::giveData);
    connect(m_eraseAction, &QAction::triggered, this, &ParticipantsPage::eraseData);
    setExportKind(QStringLiteral("participants"));
    setRecordTable(QStringLiteral("participant"));
    setListKinds({RecordKind::Participant, RecordKind::Enrollment, RecordKind::Measure,
                  RecordKind::Organisation});
    setDatabase(nullptr);
}

QList<QAction*> ParticipantsPage::editActions() const {
    return {m_newAction,        m_saveAction,      m_deleteAction, nullptr,          m_filterAction,
            m_exportListAction, m_exportAllAction, nullptr,        m_giveDataAction, m_eraseAction};
}

void ParticipantsPage::databaseChanged(Database* database) {
    m_form->setDatabase(database);
    m_enrollments->setDatabase(database);
    m_consents->setDatabase(database);
    m_followUpPanel->setDatabase(database);
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
    m_consents->setParentId(id);
    m_followUpPanel->setSubject(id, participant->fullName());
    showErased(participant->erasedOn);
    return participant->fullName();
}

void ParticipantsPage::clearRecord() {
    m_form->setParticipant({});
    m_enrollments->setParentId(0);
    m_consents->setParentId(0);
    m_followUpPanel->setSubject(0, {});
    showErased({});
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
    m_consents->setParentId(participant.meta.id);
    m_followUpPanel->setSubject(participant.meta.id, participant.fullName());
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
    m_tabs->setTabText(ConsentsTab, tr("Consents (%1)").arg(m_consents->rowCount()));
    m_tabs->setTabText(FollowUpsTab,
                       tr("Follow-ups (%1)").arg(m_followUpPanel->model()->rowCount()));
}

void ParticipantsPage::showErased(const QDate& erasedOn) {
    m_erased = erasedOn.isValid();
    m_erasedNotice->setText(
        tr("The personal data of this person was erased on %1 (Art. 17 GDPR); the record counts "
           "on anonymously and is no longer edited.")
            .arg(formatDate(erasedOn)));
    m_erasedNotice->setVisible(m_erased);
    m_form->setEnabled(mayWrite() && !m_erased);
}

void ParticipantsPage::setEditable(bool editable) {
    m_form->setEnabled(editable && !m_erased);
    m_consentPanel->setRights(editable, mayDelete());
}

void ParticipantsPage::updateActions() {
    RecordPage::updateActions();
    const bool saved = m_editing && m_currentId > 0;
    m_tabs->setTabEnabled(EnrollmentsTab, saved);
    m_tabs->setTabEnabled(ConsentsTab, saved);
    m_tabs->setTabEnabled(FollowUpsTab, saved);
    m_giveDataAction->setEnabled(saved && !isEdited());
    m_eraseAction->setEnabled(saved && !isEdited() && !m_erased && m_database &&
                              mayErase(m_database->user().role));
}

void ParticipantsPage::editConsent(qint64 id) {
    Consent consent;
    consent.participantId = m_currentId;
    consent.givenOn = QDate::currentDate();
    if (id > 0) {
        auto found = PersonService(*m_database).consent(id);
        if (!found) {
            showError(found.error().message());
            return;
        }
        consent = *found;
    }
    ConsentDialog dialog(*m_database, consent, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_consents->reload();
    m_consentPanel->selectId(dialog.consent().meta.id);
}

void ParticipantsPage::removeConsent(qint64 id) {
    PersonService people(*m_database);
    auto consent = people.consent(id);
    if (!consent) {
        showError(consent.error().message());
        return;
    }
    if (!confirmDelete(this, tr("Delete consent"),
                       tr("Delete the consent “%1” of %2? A withdrawal is recorded by its date "
                          "instead; delete only a consent entered by mistake.")
                           .arg(enumLabel(consent->purpose), formatDate(consent->givenOn))))
        return;
    if (Status removed = people.remove(*consent); !removed)
        showError(removed.error().message());
}

void ParticipantsPage::giveData() {
    const QString path =
        ReportPrinting::exportPerson(*m_database, PersonKind::Participant, m_currentId,
                                     tr("Data of %1").arg(m_form->participant().fullName()), this);
    if (!path.isEmpty())
        emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
}

void ParticipantsPage::eraseData() {
    const QString name = m_form->participant().fullName();
    if (!ErasureDialog::askAndErase(*m_database, PersonKind::Participant, m_currentId, this))
        return;
    showRecord(m_currentId);
    emit statusMessage(tr("The personal data of “%1” is erased.").arg(name));
}

} // namespace Verbund
