#include "followuprulesdialog.h"

#include "application/followupservice.h"
#include "common/dates.h"
#include "examdeadlinedialog.h"
#include "models/examdeadlinetablemodel.h"
#include "models/reportdatetablemodel.h"
#include "reportdatedialog.h"
#include "storage/database.h"
#include "widgets/confirm.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Verbund {

FollowUpRulesDialog::FollowUpRulesDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_deadlines(new ExamDeadlineTableModel(this))
    , m_reportDates(new ReportDateTableModel(this))
    , m_deadlinePanel(new RecordListPanel(m_deadlines, tr("&New exam sitting…")))
    , m_reportDatePanel(new RecordListPanel(m_reportDates, tr("&New report date…"))) {
    setWindowTitle(tr("Follow-up rules"));
    m_deadlinePanel->setObjectName(QStringLiteral("examDeadlines"));
    m_reportDatePanel->setObjectName(QStringLiteral("reportDates"));
    const bool mayWrite =
        roleAllows(database.user().role, QStringLiteral("setting"), Access::Write);
    m_deadlinePanel->setRights(mayWrite, mayWrite);
    m_reportDatePanel->setRights(mayWrite, mayWrite);

    auto* deadlines = new QWidget;
    auto* deadlinesLayout = new QVBoxLayout(deadlines);
    auto* deadlinesNote = new QLabel(
        tr("The chambers' exam sittings, e.g. two a year, with the day by which candidates must "
           "be registered. A measure that ends in an exam gets a follow-up by the deadline of "
           "the first sitting after its end, of the chamber among its places of learning (of "
           "any chamber when none is)."));
    deadlinesNote->setWordWrap(true);
    deadlinesLayout->addWidget(deadlinesNote);
    deadlinesLayout->addWidget(m_deadlinePanel, 1);
    auto* reports = new QWidget;
    auto* reportsLayout = new QVBoxLayout(reports);
    auto* reportsNote = new QLabel(tr("The days by which funders expect a report: each is a "
                                      "follow-up on the funder."));
    reportsNote->setWordWrap(true);
    reportsLayout->addWidget(reportsNote);
    reportsLayout->addWidget(m_reportDatePanel, 1);

    auto* tabs = new QTabWidget;
    tabs->addTab(rulesTab(), tr("Rules"));
    tabs->addTab(deadlines, tr("Exam registration"));
    tabs->addTab(reports, tr("Funders' reports"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deadlinePanel, &RecordListPanel::addRequested, this, [this] { editDeadline(0); });
    connect(m_deadlinePanel, &RecordListPanel::editRequested, this,
            &FollowUpRulesDialog::editDeadline);
    connect(m_deadlinePanel, &RecordListPanel::removeRequested, this,
            &FollowUpRulesDialog::removeDeadline);
    connect(m_reportDatePanel, &RecordListPanel::addRequested, this, [this] { editReportDate(0); });
    connect(m_reportDatePanel, &RecordListPanel::editRequested, this,
            &FollowUpRulesDialog::editReportDate);
    connect(m_reportDatePanel, &RecordListPanel::removeRequested, this,
            &FollowUpRulesDialog::removeReportDate);
    for (RecordListModel* model :
         {static_cast<RecordListModel*>(m_deadlines), static_cast<RecordListModel*>(m_reportDates)})
        connect(model, &RecordListModel::loadFailed, this, &FollowUpRulesDialog::showError);
    m_deadlines->setDatabase(&database);
    m_reportDates->setDatabase(&database);
    resize(sizeWithinScreen(this, QSize(760, 480)));
}

QWidget* FollowUpRulesDialog::rulesTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* note = new QLabel(
        tr("These rules make follow-ups by themselves, and remove those that are no longer "
           "needed (the attendance recorded, the certificates issued). A rule switched off takes "
           "its open follow-ups with it. A consultation's follow-up date is always one."));
    note->setWordWrap(true);
    layout->addWidget(note);
    const auto on = FollowUpService(m_database).rules();
    if (!on)
        showError(on.error().message());
    const bool mayWrite =
        roleAllows(m_database.user().role, QStringLiteral("setting"), Access::Write);
    for (const FollowUpRule rule : switchableRules()) {
        auto* box = new QCheckBox(enumLabel(rule));
        box->setObjectName(QStringLiteral("rule_") + enumKey(rule));
        box->setChecked(on && on->contains(rule));
        box->setEnabled(on && mayWrite);
        connect(box, &QCheckBox::toggled, this, [this, rule, box](bool checked) {
            FollowUpService service(m_database);
            Status set = service.setRule(rule, checked);
            if (set && checked)
                set = service.applyRules(today());
            if (!set) {
                const QSignalBlocker quiet(box);
                box->setChecked(!checked);
                showError(set.error().message());
            }
        });
        layout->addWidget(box);
    }
    layout->addStretch();
    return tab;
}

void FollowUpRulesDialog::editDeadline(qint64 id) {
    ExamDeadline deadline;
    if (id > 0) {
        auto found = FollowUpService(m_database).examDeadline(id);
        if (!found)
            return showError(found.error().message());
        deadline = *found;
    }
    ExamDeadlineDialog dialog(m_database, deadline, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_deadlines->reload();
    m_deadlinePanel->selectId(dialog.deadline().meta.id);
}

void FollowUpRulesDialog::removeDeadline(qint64 id) {
    auto found = FollowUpService(m_database).examDeadline(id);
    if (!found)
        return showError(found.error().message());
    if (!confirmDelete(this, tr("Delete exam sitting"),
                       tr("Delete the exam sitting “%1”?").arg(found->title)))
        return;
    if (Status removed = FollowUpService(m_database).remove(*found); !removed)
        return showError(removed.error().message());
    m_deadlines->reload();
}

void FollowUpRulesDialog::editReportDate(qint64 id) {
    ReportDate date;
    if (id > 0) {
        auto found = FollowUpService(m_database).reportDate(id);
        if (!found)
            return showError(found.error().message());
        date = *found;
    }
    ReportDateDialog dialog(m_database, date, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_reportDates->reload();
    m_reportDatePanel->selectId(dialog.reportDate().meta.id);
}

void FollowUpRulesDialog::removeReportDate(qint64 id) {
    auto found = FollowUpService(m_database).reportDate(id);
    if (!found)
        return showError(found.error().message());
    if (!confirmDelete(
            this, tr("Delete report date"),
            tr("Delete the report date “%1” (%2)?").arg(found->title, formatDate(found->dueOn))))
        return;
    if (Status removed = FollowUpService(m_database).remove(*found); !removed)
        return showError(removed.error().message());
    m_reportDates->reload();
}

void FollowUpRulesDialog::showError(const QString& message) {
    QMessageBox::warning(this, windowTitle(), message);
}

} // namespace Verbund
