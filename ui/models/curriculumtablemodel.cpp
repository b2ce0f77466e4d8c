#include "curriculumtablemodel.h"

#include "application/curriculumservice.h"
#include "itemroles.h"

namespace Verbund {

using Column = CurriculumRepository::Column;

int CurriculumTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Column::ColumnCount;
}

QVariant CurriculumTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CurriculumRow& row = rowAt(index);
    if (role == IdRole)
        return row.id;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole &&
        (column == Column::Topics || column == Column::Ue || column == Column::Hours))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Column::Title:
        return row.title;
    case Column::Version:
        return row.version;
    case Column::TargetGroup:
        return row.targetGroup;
    case Column::Topics:
        return row.topics;
    case Column::Ue:
        return row.totalUe;
    case Column::Hours:
        return formatHours(row.totalMinutes());
    case Column::State:
        return enumLabel(row.status);
    default:
        return {};
    }
}

QVariant CurriculumTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Column::Title:
        return tr("Title");
    case Column::Version:
        return tr("Version");
    case Column::TargetGroup:
        return tr("Target group");
    case Column::Topics:
        return tr("Topics");
    case Column::Ue:
        return tr("UE");
    case Column::Hours:
        return tr("Hours");
    case Column::State:
        return tr("Status");
    default:
        return {};
    }
}

Result<int> CurriculumTableModel::countRows(Database& database, const QString& filter) const {
    return CurriculumService(database).count(filter);
}

Result<QList<CurriculumRow>> CurriculumTableModel::listRows(Database& database,
                                                            const ListRequest& request) const {
    return CurriculumService(database).list(request);
}

Result<int> CurriculumTableModel::positionOf(Database& database, const ListRequest& request,
                                             qint64 id) const {
    return CurriculumService(database).position(request, id);
}

Result<QList<qint64>> CurriculumTableModel::keysOf(Database& database,
                                                   const ListRequest& request) const {
    return CurriculumService(database).keys(request);
}

} // namespace Verbund
