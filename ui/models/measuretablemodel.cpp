#include "measuretablemodel.h"

#include "application/measureservice.h"
#include "common/dates.h"
#include "itemroles.h"

namespace Verbund {

int MeasureTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : MeasureRepository::ColumnCount;
}

QVariant MeasureTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasureRow& row = rowAt(index);
    if (role == IdRole)
        return row.id;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= MeasureRepository::Employed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case MeasureRepository::Title:
        return row.title;
    case MeasureRepository::State:
        return enumLabel(row.status);
    case MeasureRepository::Start:
        return formatDate(row.startDate);
    case MeasureRepository::End:
        return formatDate(row.endDate);
    case MeasureRepository::Employed:
        return row.employed;
    case MeasureRepository::Unemployed:
        return row.unemployed;
    case MeasureRepository::Cost:
        return formatMoney(row.cost);
    default:
        return {};
    }
}

QVariant MeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeasureRepository::Title:
        return tr("Title");
    case MeasureRepository::State:
        return tr("Status");
    case MeasureRepository::Start:
        return tr("Start");
    case MeasureRepository::End:
        return tr("End");
    case MeasureRepository::Employed:
        return tr("Employed");
    case MeasureRepository::Unemployed:
        return tr("Unemployed");
    case MeasureRepository::Cost:
        return tr("Total cost");
    default:
        return {};
    }
}

Result<int> MeasureTableModel::countRows(Database& database, const QString& filter) const {
    return MeasureService(database).count(filter);
}

Result<QList<MeasureRow>> MeasureTableModel::listRows(Database& database,
                                                      const ListRequest& request) const {
    return MeasureService(database).list(request);
}

Result<int> MeasureTableModel::positionOf(Database& database, const ListRequest& request,
                                          qint64 id) const {
    return MeasureService(database).position(request, id);
}

Result<QList<qint64>> MeasureTableModel::keysOf(Database& database,
                                                const ListRequest& request) const {
    return MeasureService(database).keys(request);
}

} // namespace Verbund
