#include "organisationtablemodel.h"

#include "application/networkservice.h"
#include "itemroles.h"

namespace Verbund {

using Column = OrganisationRepository::Column;

int OrganisationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Column::ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganisationRow& row = rowAt(index);
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == Column::Consultations)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Column::Name:
        return row.name;
    case Column::Kind:
        return enumLabel(row.kind);
    case Column::City:
        return row.city;
    case Column::SizeClass:
        return row.kind == OrganisationKind::Company || row.employees
                   ? enumLabel(sizeClassFor(row.employees))
                   : QString();
    case Column::Membership:
        return enumLabel(row.membership);
    case Column::Advisor:
        return row.advisor;
    case Column::Consultations:
        return row.consultations;
    default:
        return {};
    }
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Column::Name:
        return tr("Name");
    case Column::Kind:
        return tr("Kind");
    case Column::City:
        return tr("City");
    case Column::SizeClass:
        return tr("Size");
    case Column::Membership:
        return tr("Membership");
    case Column::Advisor:
        return tr("Advisor");
    case Column::Consultations:
        return tr("Consultations");
    default:
        return {};
    }
}

Result<int> OrganisationTableModel::countRows(Database& database, const QString& filter) const {
    return NetworkService(database).organisationCount(filter);
}

Result<QList<OrganisationRow>> OrganisationTableModel::listRows(Database& database,
                                                                const ListRequest& request) const {
    return NetworkService(database).organisations(request);
}

Result<int> OrganisationTableModel::positionOf(Database& database, const ListRequest& request,
                                               qint64 id) const {
    return NetworkService(database).organisationPosition(request, id);
}

Result<QList<qint64>> OrganisationTableModel::keysOf(Database& database,
                                                     const ListRequest& request) const {
    return NetworkService(database).organisationKeys(request);
}

} // namespace Verbund
