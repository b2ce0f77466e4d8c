#include "recordlistmodel.h"

#include "itemroles.h"
#include "storage/database.h"
#include "storage/datachanges.h"

#include <QColor>

namespace Verbund {

RecordListModel::RecordListModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void RecordListModel::setDatabase(Database* database) {
    disconnect(m_changesConnection);
    m_database = database;
    m_parentId = 0;
    if (database) {
        m_changesConnection = connect(
            &database->changes(), &DataChanges::committed, this,
            [this](const ChangeSet& changes) {
                for (RecordKind kind : std::as_const(m_watched)) {
                    if (changes.touches(kind))
                        return reload();
                }
            },
            Qt::QueuedConnection);
    }
    reload();
}

void RecordListModel::setParentId(qint64 parentId) {
    m_parentId = parentId;
    reload();
}

void RecordListModel::reload() {
    QList<Row> rows;
    QString error;
    if (m_database && !read(*m_database, m_parentId, rows, error))
        emit loadFailed(error);
    beginResetModel();
    m_ids.clear();
    m_cells.clear();
    m_alerts.clear();
    for (const Row& row : std::as_const(rows)) {
        m_ids << row.id;
        m_cells << row.cells;
        m_alerts << row.alert;
    }
    endResetModel();
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_cells.at(index.row()).value(index.column());
    if (role == Qt::ForegroundRole && m_alerts.at(index.row()))
        return QColor(0xa4, 0x00, 0x00);
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Verbund
