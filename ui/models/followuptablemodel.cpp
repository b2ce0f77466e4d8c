#include "followuptablemodel.h"

#include "application/followupservice.h"
#include "common/dates.h"

namespace Verbund {

namespace {

QStringList headers(bool aboutOne) {
    // The task first: it takes the room the others leave (ColumnFitter).
    if (aboutOne)
        return {QCoreApplication::translate("Verbund::FollowUpTableModel", "Task"),
                QCoreApplication::translate("Verbund::FollowUpTableModel", "Due on"),
                QCoreApplication::translate("Verbund::FollowUpTableModel", "Owner"),
                QCoreApplication::translate("Verbund::FollowUpTableModel", "Done on"),
                QCoreApplication::translate("Verbund::FollowUpTableModel", "About")};
    return {QCoreApplication::translate("Verbund::FollowUpTableModel", "Task"),
            QCoreApplication::translate("Verbund::FollowUpTableModel", "About"),
            QCoreApplication::translate("Verbund::FollowUpTableModel", "Due on"),
            QCoreApplication::translate("Verbund::FollowUpTableModel", "Owner")};
}

} // namespace

FollowUpTableModel::FollowUpTableModel(std::optional<FollowUpSubject> subject, QObject* parent)
    : RecordListModel(headers(subject.has_value()), parent)
    , m_subject(subject)
    , m_until(today()) {
    watch({RecordKind::FollowUp, RecordKind::Organisation, RecordKind::Contact,
           RecordKind::Participant, RecordKind::Measure, RecordKind::Funder, RecordKind::Staff});
}

void FollowUpTableModel::setDue(const QDate& until, qint64 ownerId, bool onlyThem) {
    m_until = until;
    m_ownerId = ownerId;
    m_onlyThem = onlyThem;
    reload();
}

FollowUpFilter FollowUpTableModel::filter(qint64 subjectId) const {
    FollowUpFilter filter;
    if (m_subject) {
        filter.openOnly = false;
        filter.subject = m_subject;
        filter.subjectId = subjectId;
    } else {
        filter.until = m_until;
        filter.firstOwnerId = m_ownerId;
        filter.ownerId = m_onlyThem ? m_ownerId : 0;
    }
    return filter;
}

bool FollowUpTableModel::read(Database& database, qint64 subjectId, QList<Row>& rows,
                              QString& error) const {
    m_total = 0;
    m_overdue = 0;
    if (m_subject && subjectId <= 0)
        return true;
    const FollowUpService service(database);
    const FollowUpFilter wanted = filter(subjectId);
    auto found = service.list(wanted, Limit);
    auto total = found && found->size() == Limit ? service.count(wanted)
                                                 : Result<int>(int(found ? found->size() : 0));
    if (!found || !total) {
        error = (!found ? found.error() : total.error()).message();
        return false;
    }
    m_total = *total;
    const QDate now = today();
    for (const FollowUpRow& row : std::as_const(*found)) {
        const FollowUp& f = row.followUp;
        const bool overdue = !f.isDone() && f.dueOn < now;
        m_overdue += overdue ? 1 : 0;
        if (m_subject)
            rows.append({f.meta.id,
                         {followUpTask(f), formatDate(f.dueOn), row.ownerName, formatDate(f.doneOn),
                          row.subjectName},
                         overdue});
        else
            rows.append({f.meta.id,
                         {followUpTask(f), row.subjectName, formatDate(f.dueOn), row.ownerName},
                         overdue});
    }
    return true;
}

} // namespace Verbund
