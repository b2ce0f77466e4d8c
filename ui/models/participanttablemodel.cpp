#include "participanttablemodel.h"

#include "application/participantservice.h"
#include "common/dates.h"
#include "itemroles.h"

namespace Verbund {

int ParticipantTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ParticipantRepository::ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParticipantRow& row = rowAt(index);
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ParticipantRepository::Name:
        return row.name;
    case ParticipantRepository::BirthDate:
        return formatDate(row.birthDate);
    case ParticipantRepository::Employment:
        return enumLabel(row.employment);
    case ParticipantRepository::Organisation:
        return row.organisation;
    case ParticipantRepository::City:
        return row.city;
    case ParticipantRepository::CurrentMeasure:
        return row.currentMeasure;
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ParticipantRepository::Name:
        return tr("Name");
    case ParticipantRepository::BirthDate:
        return tr("Born");
    case ParticipantRepository::Employment:
        return tr("Employment");
    case ParticipantRepository::Organisation:
        return tr("Employer / referred by");
    case ParticipantRepository::City:
        return tr("City");
    case ParticipantRepository::CurrentMeasure:
        return tr("Current measure");
    default:
        return {};
    }
}

Result<int> ParticipantTableModel::countRows(Database& database, const QString& filter) const {
    return ParticipantService(database).count(filter);
}

Result<QList<ParticipantRow>> ParticipantTableModel::listRows(Database& database,
                                                              const ListRequest& request) const {
    return ParticipantService(database).list(request);
}

Result<int> ParticipantTableModel::positionOf(Database& database, const ListRequest& request,
                                              qint64 id) const {
    return ParticipantService(database).position(request, id);
}

Result<QList<qint64>> ParticipantTableModel::keysOf(Database& database,
                                                    const ListRequest& request) const {
    return ParticipantService(database).keys(request);
}

} // namespace Verbund
