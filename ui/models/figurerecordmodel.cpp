#include "figurerecordmodel.h"

#include "application/overviewservice.h"
#include "common/dates.h"

namespace Verbund {

FigureRecordModel::FigureRecordModel(Database& database, Figure figure, const FigureScope& scope,
                                     QString key, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_figure(figure)
    , m_scope(scope)
    , m_key(std::move(key)) {
    fetchMore({});
}

qint64 FigureRecordModel::idAt(int row) const {
    return row >= 0 && row < m_records.size() ? m_records.at(row).id : 0;
}

int FigureRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int FigureRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 3;
}

QVariant FigureRecordModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const FigureRecord& record = m_records.at(index.row());
    switch (index.column()) {
    case 0:
        return record.name;
    case 1:
        return formatDate(record.date);
    default:
        return record.detail;
    }
}

QVariant FigureRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Name");
    case 1:
        return FigureRepository::dateHeader(m_figure);
    case 2:
        return FigureRepository::detailHeader(m_figure);
    default:
        return {};
    }
}

bool FigureRecordModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_complete;
}

void FigureRecordModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    auto page = OverviewService(m_database)
                    .figureRecords(m_figure, m_scope, m_key, int(m_records.size()), PageSize);
    if (!page) {
        m_complete = true;
        emit loadFailed(page.error().message());
        return;
    }
    m_complete = page->size() < PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + page->size() - 1));
    m_records << *page;
    endInsertRows();
}

} // namespace Verbund
