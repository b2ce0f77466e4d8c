#include "measurespage.h"

#include "application/measureservice.h"
#include "application/sessionservice.h"
#include "common/dates.h"
#include "dialogs/enrollmentdialog.h"
#include "dialogs/seriesdialog.h"
#include "dialogs/sessiondialog.h"
#include "forms/measureeditor.h"
#include "models/attendancegridmodel.h"
#include "models/enrollmenttablemodel.h"
#include "models/followuptablemodel.h"
#include "models/measuretablemodel.h"
#include "models/recordlistmodel.h"
#include "models/sessiontablemodel.h"
#include "widgets/attendanceview.h"
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
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Verbund {

namespace {

enum Tab {
    OverviewTab,
    ParticipantsTab,
    SessionsTab,
    AttendanceTab,
    FundingTab,
    OutcomesTab,
    FollowUpsTab,
    HistoryTab
};

QString rate(int part, int whole) {
    return whole > 0 ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * part / whole, 'f', 0))
                     : QStringLiteral("–");
}

} // namespace

MeasuresPage::MeasuresPage(QWidget* parent)
    : RecordPage(new MeasureTableModel,
                 {tr("&New measure"), tr("&Delete measure…"), tr("&Save measure"),
                  tr("Filter by title, goal, provider, status … (Ctrl+F)"),
                  tr("Choose a measure on the left, or plan a new one with Ctrl+N."),
                  tr("Measures"), tr("Measures")},
                 parent)
    , m_enrollments(new EnrollmentTableModel(this))
    , m_editor(new MeasureEditor(this))
    , m_tabs(new QTabWidget)
    , m_participantPanel(new RecordListPanel(m_enrollments, tr("&Enroll…")))
    , m_participantSummary(new QLabel)
    , m_outcomes(new QLabel)
    , m_printAction(new QAction(tr("&Print overview…"), this))
    , m_exportAction(new QAction(tr("&Export overview as PDF…"), this))
    , m_sessions(new SessionTableModel(this))
    , m_sessionPanel(new RecordListPanel(m_sessions, tr("New &session…")))
    , m_schedule(new QLabel)
    , m_attendance(new AttendanceGridModel(this))
    , m_attendanceView(new AttendanceView) {
    m_list->filter()->setObjectName(QStringLiteral("measureFilter"));
    m_view->setObjectName(QStringLiteral("measureTable"));
    m_participantPanel->setObjectName(QStringLiteral("enrollmentPanel"));
    m_sessionPanel->setObjectName(QStringLiteral("sessionPanel"));
    m_save->setObjectName(QStringLiteral("saveMeasure"));
    m_maxColumnWidth = 170;
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);

    auto* participants = new QWidget;
    auto* participantLayout = new QVBoxLayout(participants);
    m_participantSummary->setWordWrap(true);
    participantLayout->addWidget(m_participantSummary);
    participantLayout->addWidget(m_participantPanel, 1);
    m_outcomes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_outcomes->setTextFormat(Qt::RichText);
    m_outcomes->setMargin(12);
    m_tabs->addTab(m_editor->overviewPage(), tr("Overview"));
    m_tabs->addTab(participants, tr("Participants"));
    // Sessions.
    auto* sessions = new QWidget;
    auto* sessionLayout = new QVBoxLayout(sessions);
    auto* series = new QPushButton(tr("Plan a &series…"));
    m_seriesButton = series;
    auto* sessionTop = new QHBoxLayout;
    m_schedule->setWordWrap(true);
    sessionTop->addWidget(m_schedule, 1);
    sessionTop->addWidget(series);
    sessionLayout->addLayout(sessionTop);
    sessionLayout->addWidget(m_sessionPanel, 1);
    m_tabs->addTab(sessions, tr("Sessions"));

    // Attendance.
    auto* attendance = new QWidget;
    auto* attendanceLayout = new QVBoxLayout(attendance);
    auto* keys = new QLabel(tr("Space present · E excused · X absent · digit: UE of a partial "
                               "attendance · Del: not recorded"));
    keys->setWordWrap(true);
    auto* fill = new QPushButton(tr("Whole session &present"));
    m_fillButton = fill;
    fill->setToolTip(tr("Marks everybody without a mark in the current column as present."));
    auto* sheet = new QPushButton(tr("Attendance &sheet…"));
    auto* certificates = new QPushButton(tr("&Certificates…"));
    auto* attendanceButtons = new QHBoxLayout;
    attendanceButtons->addWidget(keys, 1);
    attendanceButtons->addWidget(fill);
    attendanceButtons->addWidget(sheet);
    attendanceButtons->addWidget(certificates);
    m_attendanceView->setObjectName(QStringLiteral("attendanceGrid"));
    m_attendanceView->setModel(m_attendance);
    m_attendanceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendanceView->horizontalHeader()->setDefaultSectionSize(54);
    attendanceLayout->addLayout(attendanceButtons);
    attendanceLayout->addWidget(m_attendanceView, 1);
    m_tabs->addTab(attendance, tr("Attendance"));

    m_tabs->addTab(m_editor->fundingPage(), tr("Funding"));
    m_tabs->addTab(m_outcomes, tr("Outcomes"));
    m_followUpPanel = new FollowUpPanel(FollowUpSubject::Measure);
    m_followUpPanel->setObjectName(QStringLiteral("followUpPanel"));
    m_tabs->addTab(m_followUpPanel, tr("Follow-ups"));
    connect(m_followUpPanel, &FollowUpPanel::failed, this, &MeasuresPage::showError);
    connect(m_followUpPanel->model(), &QAbstractItemModel::modelReset, this,
            &MeasuresPage::updateCounts);
    m_history = new HistoryView(RecordKind::Measure);
    m_tabs->addTab(m_history, tr("History"));

    QHBoxLayout* buttons = saveButtons({m_printAction, m_exportAction});
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_tabs, 1);
    bodyLayout->addLayout(buttons);
    setUpLayout(body, 5, 11);

    connect(m_editor, &MeasureEditor::modifiedChanged, this, &MeasuresPage::updateActions);
    connect(m_participantPanel, &RecordListPanel::addRequested, this, &MeasuresPage::enroll);
    connect(m_participantPanel, &RecordListPanel::editRequested, this,
            &MeasuresPage::editEnrollment);
    connect(m_participantPanel, &RecordListPanel::removeRequested, this,
            &MeasuresPage::removeEnrollment);
    connect(m_enrollments, &RecordListModel::loadFailed, this, &MeasuresPage::showError);
    connect(m_sessionPanel, &RecordListPanel::addRequested, this, &MeasuresPage::addSession);
    connect(m_sessionPanel, &RecordListPanel::editRequested, this, &MeasuresPage::editSession);
    connect(m_sessionPanel, &RecordListPanel::removeRequested, this, &MeasuresPage::removeSession);
    connect(series, &QPushButton::clicked, this, &MeasuresPage::planSeries);
    connect(fill, &QPushButton::clicked, this, &MeasuresPage::fillSession);
    connect(sheet, &QPushButton::clicked, this, &MeasuresPage::printAttendanceSheet);
    connect(certificates, &QPushButton::clicked, this, &MeasuresPage::printCertificates);
    connect(m_sessions, &RecordListModel::loadFailed, this, &MeasuresPage::showError);
    // The tabs count what their lists show.
    for (RecordListModel* list :
         {static_cast<RecordListModel*>(m_enrollments), static_cast<RecordListModel*>(m_sessions)})
        connect(list, &QAbstractItemModel::modelReset, this, &MeasuresPage::updateCounts);
    connect(m_attendance, &AttendanceGridModel::failed, this, &MeasuresPage::showError);
    connect(m_attendance, &QAbstractItemModel::modelReset, this, [this] {
        // Room for "123 von 456" and "100 %" beside the sessions.
        const int sessions = m_attendance->sessionCount();
        m_attendanceView->setColumnWidth(sessions, 110);
        m_attendanceView->setColumnWidth(sessions + 1, 70);
    });
    connect(m_printAction, &QAction::triggered, this, &MeasuresPage::printOverview);
    connect(m_exportAction, &QAction::triggered, this, &MeasuresPage::exportOverview);
    setExportKind(QStringLiteral("measures"));
    setRecordTable(QStringLiteral("measure"));
    setListKinds({RecordKind::Measure, RecordKind::Enrollment, RecordKind::Organisation,
                  RecordKind::Curriculum});
    setDatabase(nullptr);
}

QList<QAction*> MeasuresPage::editActions() const {
    return {m_newAction,        m_saveAction,     m_deleteAction, nullptr,
            m_printAction,      m_exportAction,   nullptr,        m_filterAction,
            m_exportListAction, m_exportAllAction};
}

void MeasuresPage::dataChanged(const ChangeSet& changes) {
    RecordPage::dataChanged(changes);
    if (!m_database)
        return;
    if (changes.touchesAny(
            {RecordKind::Curriculum, RecordKind::Funder, RecordKind::Programme, RecordKind::Site}))
        m_editor->setDatabase(m_database);
    const bool people = changes.touchesAny({RecordKind::Enrollment, RecordKind::Participant});
    if (people || changes.touches(RecordKind::Session))
        m_attendance->reload();
    if (m_currentId > 0 &&
        (people ||
         changes.touchesAny({RecordKind::Session, RecordKind::Measure, RecordKind::Curriculum})) &&
        openMeasure(m_currentId)) {
        // The cost of a measure priced per UE follows its participants; its planned UE its
        // curriculum.
        if ((people || changes.touches(RecordKind::Curriculum)) && !m_editor->isModified())
            m_editor->setMeasure(m_shown->measure, m_shown->figures.participants);
        updateFigures();
        updateCounts();
    }
}

void MeasuresPage::databaseChanged(Database* database) {
    m_editor->setDatabase(database);
    // The people of a measure are read only for a role that may see them.
    Database* people = database && seesParticipants(database->user().role) ? database : nullptr;
    m_enrollments->setDatabase(people);
    m_sessions->setDatabase(database);
    m_attendance->setDatabase(people);
    m_followUpPanel->setDatabase(database);
}

Status MeasuresPage::readMeasure(qint64 id) {
    auto view = MeasureService(*m_database).open(id);
    if (!view)
        return view.error();
    m_shown = *view;
    return {};
}

bool MeasuresPage::openMeasure(qint64 id) {
    const Status read = readMeasure(id);
    if (!read)
        showError(read.error().message());
    return read.ok();
}

std::optional<MeasureView> MeasuresPage::savedMeasure() {
    if (!m_database || m_currentId <= 0 || !m_shown || !confirmLeave())
        return std::nullopt;
    return m_shown;
}

bool MeasuresPage::isEdited() const {
    return m_editor->isModified();
}

void MeasuresPage::discardEdits() {
    m_editor->setModified(false);
}

QString MeasuresPage::unsavedQuestion() const {
    const QString title = m_editor->measure().title;
    return tr("The measure “%1” has unsaved changes. Save them?")
        .arg(title.isEmpty() ? tr("(new)") : title);
}

Result<QString> MeasuresPage::loadRecord(qint64 id) {
    if (Status read = readMeasure(id); !read)
        return read.error();
    showMeasure();
    return m_shown->measure.title;
}

void MeasuresPage::showMeasure() {
    m_currentId = m_shown->measure.meta.id; // the figures below are of this measure
    m_enrollments->setParentId(m_currentId);
    m_sessions->setParentId(m_currentId);
    m_attendance->setMeasure(m_currentId);
    m_followUpPanel->setSubject(m_currentId, m_shown->measure.title);
    m_editor->setMeasure(m_shown->measure, m_shown->figures.participants);
    updateFigures();
}

void MeasuresPage::clearRecord() {
    m_shown.reset();
    m_editor->setMeasure({}, 0);
    m_enrollments->setParentId(0);
    m_sessions->setParentId(0);
    m_attendance->setMeasure(0);
    m_followUpPanel->setSubject(0, {});
    m_tabs->setCurrentIndex(OverviewTab);
    m_participantSummary->clear();
    m_outcomes->clear();
}

void MeasuresPage::focusNewRecord() {
    m_editor->focusTitle();
}

void MeasuresPage::showFieldErrors(const QList<FieldError>& errors) {
    const bool funding = m_editor->showErrors(errors);
    bool overview = false;
    for (const FieldError& error : errors)
        overview = overview || (error.field != QLatin1String(Field::Shares) &&
                                error.field != QLatin1String(Field::Cost));
    m_tabs->setCurrentIndex(funding && !overview ? FundingTab : OverviewTab);
}

QString MeasuresPage::countText(int count) const {
    return tr("%Ln measure(s)", nullptr, count);
}

bool MeasuresPage::saveRecord() {
    if (!m_database || !m_editing)
        return false;
    QList<FieldError> unreadable;
    Measure measure = m_editor->measure(&unreadable);
    if (!unreadable.isEmpty()) {
        showFieldErrors(unreadable);
        return false;
    }
    if (Status saved = MeasureService(*m_database).save(measure); !saved)
        return saveFailed(saved.error(), measure.meta.id);
    if (!openMeasure(measure.meta.id))
        return false;
    showMeasure();
    recordSaved(measure.meta.id, measure.title);
    return true;
}

void MeasuresPage::deleteRecord() {
    MeasureService measures(*m_database);
    auto measure = measures.get(m_currentId);
    if (!measure) {
        showError(measure.error().message());
        return;
    }
    const int enrolled = m_enrollments->rowCount();
    const QString question =
        enrolled > 0 ? tr("Delete “%1” together with its %n enrollment(s)? The people stay. This "
                          "cannot be undone.",
                          nullptr, enrolled)
                           .arg(measure->title)
                     : tr("Delete “%1”? This cannot be undone.").arg(measure->title);
    if (!confirmDelete(this, tr("Delete measure"), question))
        return;
    if (Status removed =
            measures.remove(*measure, MeasureRepository::EnrollmentsPolicy::DeleteThem);
        !removed) {
        showError(removed.error().message());
        return;
    }
    recordDeleted(measure->title);
}

void MeasuresPage::enroll() {
    const std::optional<MeasureView> measure = savedMeasure();
    if (!measure)
        return;
    Enrollment enrollment;
    enrollment.measureId = m_currentId;
    EnrollmentDialog dialog(*m_database, *measure, enrollment, this);
    if (dialog.exec() == QDialog::Accepted)
        m_participantPanel->selectId(dialog.enrollment().meta.id);
}

void MeasuresPage::editEnrollment(qint64 id) {
    auto enrollment = MeasureService(*m_database).enrollment(id);
    if (!m_shown || !enrollment) {
        if (!enrollment)
            showError(enrollment.error().message());
        m_enrollments->reload();
        return;
    }
    EnrollmentDialog dialog(*m_database, *m_shown, *enrollment, this);
    dialog.exec();
}

void MeasuresPage::removeEnrollment(qint64 id) {
    MeasureService measures(*m_database);
    auto enrollment = measures.enrollment(id);
    if (!enrollment) {
        showError(enrollment.error().message());
        m_enrollments->reload();
        return;
    }
    const QModelIndex current = m_participantPanel->view()->currentIndex();
    const QString name = current.siblingAtColumn(0).data().toString();
    if (!confirmDelete(this, tr("Remove enrollment"),
                       tr("Remove “%1” from this measure? To keep the record, set the status to "
                          "cancelled instead.")
                           .arg(name)))
        return;
    if (Status removed = measures.remove(*enrollment); !removed)
        showError(removed.error().message());
}

void MeasuresPage::addSession() {
    const std::optional<MeasureView> view = savedMeasure();
    if (!view)
        return;
    const Measure& measure = view->measure;
    Session session;
    session.measureId = m_currentId;
    session.date = qBound(measure.startDate.isValid() ? measure.startDate : QDate::currentDate(),
                          QDate::currentDate(),
                          measure.endDate.isValid() ? measure.endDate : QDate::currentDate());
    SessionDialog dialog(*m_database, *view, session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_sessionPanel->selectId(dialog.session().meta.id);
}

void MeasuresPage::planSeries() {
    const std::optional<MeasureView> measure = savedMeasure();
    if (!measure)
        return;
    SeriesDialog dialog(*m_database, *measure, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Planned %n session(s).", nullptr, dialog.created()));
}

void MeasuresPage::editSession(qint64 id) {
    auto session = SessionService(*m_database).get(id);
    if (!m_shown || !session) {
        if (!session)
            showError(session.error().message());
        m_sessions->reload();
        return;
    }
    SessionDialog dialog(*m_database, *m_shown, *session, this);
    dialog.exec();
}

void MeasuresPage::removeSession(qint64 id) {
    SessionService sessions(*m_database);
    auto session = sessions.get(id);
    if (!session)
        return showError(session.error().message());
    if (!confirmDelete(this, tr("Delete session"),
                       tr("Delete the session of %1 with its attendance marks?")
                           .arg(formatDate(session->date))))
        return;
    if (Status removed = sessions.remove(*session); !removed)
        showError(removed.error().message());
}

void MeasuresPage::fillSession() {
    const int column = m_attendanceView->currentIndex().column();
    if (!m_attendance->isSessionColumn(column)) {
        showError(tr("Choose a session's column first."));
        return;
    }
    if (Status filled = m_attendance->fillSession(column); !filled)
        showError(filled.error().message());
}

void MeasuresPage::printAttendanceSheet() {
    const std::optional<MeasureView> view = savedMeasure();
    if (!view)
        return;
    // The session of the current column, else all sessions.
    ReportRequest request = ReportRequest::about(m_currentId);
    const int column = m_attendanceView->currentIndex().column();
    if (m_attendance->isSessionColumn(column))
        request.from = request.to = m_attendance->overview().sessions.at(column).date;
    ReportPrinting::showPreview(*ReportRegistry::find(QStringLiteral("attendance-sheet")),
                                *m_database, request, this);
}

void MeasuresPage::printCertificates() {
    const std::optional<MeasureView> view = savedMeasure();
    if (!view)
        return;
    const Measure* measure = &view->measure;
    const Report& certificates = *ReportRegistry::find(QStringLiteral("certificates"));
    const ReportRequest request = ReportRequest::about(m_currentId);
    auto provisional = certificates.provisionalCount(*m_database, request);
    if (!provisional)
        return showError(provisional.error().message());
    if (*provisional > 0) {
        const QString until =
            measure->endDate.isValid()
                ? tr("“%1” runs until %2.").arg(measure->title, formatDate(measure->endDate))
                : tr("“%1” has no end date.").arg(measure->title);
        const auto answer = QMessageBox::question(
            this, tr("Certificates"),
            until + QLatin1Char(' ') +
                tr("%n certificate(s) would be provisional, for people who still take part, "
                   "and say so on the page. Issue them anyway?",
                   nullptr, *provisional),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // The preview gives no serial numbers; printing or saving issues them.
    ReportPrinting::showPreview(certificates, *m_database, request, this);
}

void MeasuresPage::updateFigures() {
    if (!m_shown)
        return;
    const Measure* measure = &m_shown->measure;
    const MeasureFigures* figures = &m_shown->figures;
    QString obligation;
    if (measure->obligation.any()) {
        obligation = tr("Obligation: hired %1 of %2 required")
                         .arg(figures->obligationHired)
                         .arg(figures->obligationRequired) +
                     QStringLiteral(" – ") +
                     (figures->obligationHired >= figures->obligationRequired ? tr("fulfilled")
                                                                              : tr("open"));
    }
    const int scheduled = m_shown->scheduledUe;
    const int planned = measure->effectivePlannedUe();
    m_schedule->setText(
        tr("Planned: %1 UE · in sessions: %2 UE").arg(planned).arg(scheduled) +
        (scheduled == planned
             ? QString()
             : QStringLiteral("  ⚠ ") + (scheduled > planned
                                             ? tr("The sessions hold %1 UE more than planned.")
                                             : tr("The sessions hold %1 UE less than planned."))
                                            .arg(qAbs(scheduled - planned))));
    m_participantSummary->setText(
        tr("%n taking part: %1 employed, %2 referred unemployed, %3 other.", nullptr,
           figures->participants)
            .arg(figures->employed)
            .arg(figures->referred)
            .arg(figures->other) +
        (obligation.isEmpty() ? QString() : QStringLiteral("\n") + obligation));
    m_outcomes->setText(
        QStringLiteral("<table cellspacing=6>") +
        tr("<tr><td>Taking part:</td><td><b>%1</b></td></tr>").arg(figures->participants) +
        tr("<tr><td>Completed:</td><td><b>%1</b></td></tr>").arg(figures->completed) +
        tr("<tr><td>Dropped out:</td><td><b>%1</b></td></tr>").arg(figures->droppedOut) +
        tr("<tr><td>Exam passed:</td><td><b>%1 of %2 (%3)</b></td></tr>")
            .arg(figures->passed)
            .arg(figures->participants)
            .arg(rate(figures->passed, figures->participants)) +
        tr("<tr><td>Hired:</td><td><b>%1 of %2 (%3)</b></td></tr>")
            .arg(figures->hired)
            .arg(figures->participants)
            .arg(rate(figures->hired, figures->participants)) +
        (obligation.isEmpty() ? QString()
                              : QStringLiteral("<tr><td colspan=2>%1</td></tr>").arg(obligation)) +
        QStringLiteral("</table>"));
}

void MeasuresPage::updateCounts() {
    RecordPage::updateCounts();
    m_tabs->setTabText(ParticipantsTab, tr("Participants (%1)").arg(m_enrollments->rowCount()));
    m_tabs->setTabText(SessionsTab, tr("Sessions (%1)").arg(m_sessions->rowCount()));
    m_tabs->setTabText(FollowUpsTab,
                       tr("Follow-ups (%1)").arg(m_followUpPanel->model()->rowCount()));
}

void MeasuresPage::updateActions() {
    RecordPage::updateActions();
    const bool saved = m_editing && m_currentId > 0;
    const bool seesPeople = m_database && seesParticipants(m_database->user().role);
    m_tabs->setTabVisible(ParticipantsTab, seesPeople);
    m_tabs->setTabVisible(AttendanceTab, seesPeople);
    m_tabs->setTabEnabled(ParticipantsTab, saved);
    m_tabs->setTabEnabled(OutcomesTab, saved);
    m_tabs->setTabEnabled(SessionsTab, saved);
    m_tabs->setTabEnabled(AttendanceTab, saved);
    m_tabs->setTabEnabled(FollowUpsTab, saved);
    m_printAction->setEnabled(saved);
    m_exportAction->setEnabled(saved);
}

void MeasuresPage::setEditable(bool editable) {
    m_editor->overviewPage()->setEnabled(editable);
    m_editor->fundingPage()->setEnabled(editable);
    m_participantPanel->setRights(editable, mayDelete());
    m_sessionPanel->setRights(editable, mayDelete());
    m_seriesButton->setEnabled(editable);
    m_fillButton->setEnabled(editable);
    m_attendanceView->setEditTriggers(editable ? QAbstractItemView::EditKeyPressed |
                                                     QAbstractItemView::DoubleClicked
                                               : QAbstractItemView::NoEditTriggers);
}

void MeasuresPage::printOverview() {
    const std::optional<MeasureView> view = savedMeasure();
    if (!view)
        return;
    ReportPrinting::showPreview(*ReportRegistry::find(QStringLiteral("measure-overview")),
                                *m_database, ReportRequest::about(m_currentId), this);
}

void MeasuresPage::exportOverview() {
    const std::optional<MeasureView> view = savedMeasure();
    if (!view)
        return;
    const QString path = ReportPrinting::exportPdf(
        *ReportRegistry::find(QStringLiteral("measure-overview")), *m_database,
        ReportRequest::about(m_currentId), tr("Measure %1").arg(view->measure.title), this);
    if (!path.isEmpty())
        emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Verbund
