#include "erasurelogtablemodel.h"

#include "application/historyservice.h"
#include "application/personservice.h"
#include "common/dates.h"

namespace Verbund {

ErasureLogTableModel::ErasureLogTableModel(QObject* parent)
    : RecordListModel({tr("When"), tr("Who"), tr("Record"), tr("Legal basis")}, parent) {
    watch({RecordKind::Participant, RecordKind::Contact}); // each erasure changes the one erased
}

bool ErasureLogTableModel::read(Database& database, qint64 /*parentId*/, QList<Row>& rows,
                                QString& error) const {
    auto log = PersonService(database).erasureLog();
    if (!log) {
        error = log.error().message();
        return false;
    }
    for (const PersonErasure::LogEntry& entry : std::as_const(*log))
        rows.append({entry.recordId,
                     {formatDateTime(entry.at), entry.actor,
                      tr("%1 no. %2")
                          .arg(HistoryService::kindLabel(recordKindOfTable(entry.table)))
                          .arg(entry.recordId),
                      entry.legalBasis}});
    return true;
}

} // namespace Verbund
