#include "reportdatetablemodel.h"

#include "application/followupservice.h"
#include "common/dates.h"

namespace Verbund {

ReportDateTableModel::ReportDateTableModel(QObject* parent)
    : RecordListModel({tr("Funder"), tr("Report"), tr("Due on")}, parent) {
    watch({RecordKind::ReportDate, RecordKind::Funder, RecordKind::Organisation});
}

bool ReportDateTableModel::read(Database& database, qint64, QList<Row>& rows,
                                QString& error) const {
    auto dates = FollowUpService(database).reportDates();
    if (!dates) {
        error = dates.error().message();
        return false;
    }
    for (const auto& [r, funder] : std::as_const(*dates))
        rows.append({r.meta.id, {funder, r.title, formatDate(r.dueOn)}});
    return true;
}

} // namespace Verbund
