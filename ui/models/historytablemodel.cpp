#include "historytablemodel.h"

#include "application/historyservice.h"
#include "common/dates.h"

namespace Verbund {

HistoryTableModel::HistoryTableModel(RecordKind kind, QObject* parent)
    : RecordListModel({tr("When"), tr("Who"), tr("What"), tr("Changes")}, parent)
    , m_kind(kind) {
    // Any change may add to the record's history: its own, its rows', their references'.
    watch({RecordKind::Organisation, RecordKind::Contact, RecordKind::Consultation,
           RecordKind::Staff, RecordKind::Site, RecordKind::Setting, RecordKind::Curriculum,
           RecordKind::Participant, RecordKind::Funder, RecordKind::Programme, RecordKind::Measure,
           RecordKind::Enrollment, RecordKind::Session, RecordKind::Attendance,
           RecordKind::Certificate, RecordKind::User, RecordKind::Consent});
}

bool HistoryTableModel::read(Database& database, qint64 parentId, QList<Row>& rows,
                             QString& error) const {
    if (parentId <= 0)
        return true;
    auto lines = HistoryService(database).about(m_kind, parentId);
    if (!lines) {
        error = lines.error().message();
        return false;
    }
    for (auto line = lines->crbegin(); line != lines->crend(); ++line) {
        QString what = line->subject + QLatin1Char(' ') + line->action;
        if (line->erased)
            what += QLatin1Char('\n') + tr("(personal data erased)");
        rows.append(
            {0,
             {formatDateTime(line->at), line->actor, what, line->changes.join(QLatin1Char('\n'))}});
    }
    return true;
}

} // namespace Verbund
