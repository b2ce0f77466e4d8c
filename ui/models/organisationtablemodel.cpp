#include "organisationtablemodel.h"

#include "itemroles.h"

namespace Verbund {

using Column = OrganisationRepository::Column;

OrganisationTableModel::OrganisationTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_request.limit = PageSize;
}

void OrganisationTableModel::setDatabase(Database* database) {
    m_database = database;
    reload();
}

void OrganisationTableModel::setFilter(const QString& filter) {
    if (filter == m_request.filter)
        return;
    m_request.filter = filter;
    reload();
}

void OrganisationTableModel::reload() {
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_database) {
        OrganisationRepository repository(*m_database);
        auto total = repository.count(m_request.filter);
        ListRequest first = m_request;
        first.offset = 0;
        auto page = repository.list(first);
        if (total && page) {
            m_total = *total;
            m_rows = *page;
        } else {
            emit loadFailed(total ? page.error().message() : total.error().message());
        }
    }
    endResetModel();
    m_notifying = false;
}

int OrganisationTableModel::rowOf(qint64 organisationId) {
    for (;;) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == organisationId)
                return row;
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

int OrganisationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Column::ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrganisationRow& row = m_rows.at(index.row());
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

void OrganisationTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= Column::ColumnCount)
        return;
    m_request.sortColumn = column;
    m_request.order = order;
    reload();
}

bool OrganisationTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_notifying && m_rows.size() < m_total;
}

void OrganisationTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent) || !m_database)
        return;
    ListRequest next = m_request;
    next.offset = int(m_rows.size());
    auto page = OrganisationRepository(*m_database).list(next);
    if (!page) {
        emit loadFailed(page.error().message());
        m_total = int(m_rows.size());
        return;
    }
    if (page->isEmpty()) { // rows were deleted elsewhere since the count
        m_total = int(m_rows.size());
        return;
    }
    m_notifying = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
    m_notifying = false;
}

} // namespace Verbund
