#include "followuppanel.h"

#include "application/followupservice.h"
#include "common/dates.h"
#include "confirm.h"
#include "dialogs/followupdialog.h"
#include "models/followuptablemodel.h"
#include "recordlistpanel.h"
#include "storage/database.h"

#include <QHash>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

FollowUpPanel::FollowUpPanel(std::optional<FollowUpSubject> subject, QWidget* parent)
    : QWidget(parent)
    , m_subject(subject)
    , m_model(new FollowUpTableModel(subject, this))
    , m_list(new RecordListPanel(m_model, tr("&New follow-up…"))) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    if (!m_subject)
        m_list->hideAddButton();

    auto* done = new QPushButton(tr("D&one"));
    done->setObjectName(QStringLiteral("done"));
    done->setToolTip(tr("Mark the follow-up as done today"));
    m_list->addRecordButton(
        done, [this](qint64 id) { change(id, true, 0, 0); }, [this](qint64) { return mayWrite(); });
    auto* snooze = new QPushButton(tr("&Snooze"));
    snooze->setObjectName(QStringLiteral("snooze"));
    auto* later = new QMenu(snooze);
    later->addAction(tr("By a day"), this, [this] { change(m_list->currentId(), false, 1, 0); });
    later->addAction(tr("By a week"), this, [this] { change(m_list->currentId(), false, 7, 0); });
    later->addAction(tr("By a month"), this, [this] { change(m_list->currentId(), false, 0, 1); });
    snooze->setMenu(later);
    m_list->addRecordButton(
        snooze, [](qint64) {}, [this](qint64) { return mayWrite(); });
    if (!m_subject) {
        auto* open = new QPushButton(tr("&Open record"));
        open->setObjectName(QStringLiteral("openRecord"));
        m_list->addRecordButton(
            open,
            [this](qint64 id) {
                auto found = FollowUpService(*m_database).followUp(id);
                if (!found)
                    return emit failed(found.error().message());
                static const QHash<FollowUpSubject, RecordKind> kinds{
                    {FollowUpSubject::Organisation, RecordKind::Organisation},
                    {FollowUpSubject::Contact, RecordKind::Contact},
                    {FollowUpSubject::Participant, RecordKind::Participant},
                    {FollowUpSubject::Measure, RecordKind::Measure},
                    {FollowUpSubject::Funder, RecordKind::Funder}};
                emit openRequested(kinds.value(found->subject), found->subjectId);
            },
            [](qint64) { return true; });
    }
    connect(m_list, &RecordListPanel::addRequested, this, [this] { edit(0); });
    connect(m_list, &RecordListPanel::editRequested, this, &FollowUpPanel::edit);
    connect(m_list, &RecordListPanel::removeRequested, this, &FollowUpPanel::remove);
    connect(m_model, &RecordListModel::loadFailed, this, &FollowUpPanel::failed);
}

void FollowUpPanel::setDatabase(Database* database) {
    m_database = database;
    m_model->setDatabase(database);
    m_list->setRights(mayWrite() && (!m_subject || m_subjectId > 0), mayRemove());
}

void FollowUpPanel::setSubject(qint64 id, const QString& name) {
    m_subjectId = id;
    m_subjectName = name;
    m_model->setParentId(id);
    m_list->setRights(mayWrite() && id > 0, mayRemove());
}

bool FollowUpPanel::mayWrite() const {
    return m_database &&
           roleAllows(m_database->user().role, QStringLiteral("follow_up"), Access::Write);
}

bool FollowUpPanel::mayRemove() const {
    return m_database &&
           roleAllows(m_database->user().role, QStringLiteral("follow_up"), Access::Delete);
}

void FollowUpPanel::edit(qint64 id) {
    if (!m_database)
        return;
    FollowUp followUp;
    QString about = m_subjectName;
    if (id > 0) {
        auto found = FollowUpService(*m_database).followUp(id);
        if (!found)
            return emit failed(found.error().message());
        followUp = *found;
        const int row = m_model->rowOf(id);
        about = m_model->index(row, m_model->aboutColumn()).data().toString();
    } else {
        followUp.subject = *m_subject;
        followUp.subjectId = m_subjectId;
        followUp.dueOn = today().addDays(7);
    }
    FollowUpDialog dialog(*m_database, followUp, about, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    m_list->selectId(dialog.followUp().meta.id);
}

void FollowUpPanel::remove(qint64 id) {
    auto found = FollowUpService(*m_database).followUp(id);
    if (!found)
        return emit failed(found.error().message());
    if (!confirmDelete(this, tr("Delete follow-up"),
                       tr("Delete the follow-up “%1”?").arg(followUpTask(*found))))
        return;
    if (Status removed = FollowUpService(*m_database).remove(*found); !removed)
        return emit failed(removed.error().message());
    m_model->reload();
}

void FollowUpPanel::change(qint64 id, bool done, int days, int months) {
    if (!m_database || id == 0)
        return;
    auto found = FollowUpService(*m_database).followUp(id);
    if (!found)
        return emit failed(found.error().message());
    FollowUp followUp = *found;
    if (done) {
        followUp.doneOn = today();
    } else {
        const QDate from = std::max(today(), followUp.dueOn);
        followUp.dueOn = from.addDays(days).addMonths(months);
    }
    if (Status saved = FollowUpService(*m_database).save(followUp); !saved)
        return emit failed(saved.error().message());
    m_model->reload();
}

} // namespace Verbund
