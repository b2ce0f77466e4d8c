#include "topictablemodel.h"

#include "itemroles.h"

#include <QMimeData>

namespace Verbund {

namespace {

const QString mimeType = QStringLiteral("application/x-verbund-topic-row");

} // namespace

TopicTableModel::TopicTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TopicTableModel::setTopics(const QList<Topic>& topics) {
    beginResetModel();
    m_curriculum.topics = topics;
    endResetModel();
}

int TopicTableModel::insertTopic(int row) {
    const int at = row < 0 || row > rowCount() ? rowCount() : row;
    beginInsertRows({}, at, at);
    m_curriculum.insertTopic(at, Topic{});
    endInsertRows();
    emit edited();
    return at;
}

void TopicTableModel::removeTopic(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_curriculum.removeTopic(row);
    endRemoveRows();
    emit edited();
}

bool TopicTableModel::moveTopic(int from, int to) {
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to)
        return false;
    // moveRows names the row before which the topic lands, counted before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool TopicTableModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                               const QModelIndex& destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_curriculum.moveTopic(sourceRow, to);
    endMoveRows();
    emit edited();
    return true;
}

int TopicTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_curriculum.topics.size());
}

int TopicTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Topic& topic = m_curriculum.topics.at(index.row());
    if (role == IdRole)
        return topic.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Ue ? int(Qt::AlignRight | Qt::AlignTop)
                                    : int(Qt::AlignLeft | Qt::AlignTop);
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    if (!display && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return topic.title;
    case Contents: {
        if (!display)
            return topic.contents.join(QLatin1Char('\n'));
        QStringList bullets;
        for (const QString& item : topic.contents)
            bullets << QStringLiteral("• ") + item;
        return bullets.join(QLatin1Char('\n'));
    }
    case Ue:
        return topic.ue;
    default:
        return {};
    }
}

bool TopicTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Topic& topic = m_curriculum.topics[index.row()];
    switch (index.column()) {
    case Title:
        if (topic.title == value.toString())
            return true;
        topic.title = value.toString();
        break;
    case Contents: {
        const QStringList items = contentItems(value.toString());
        if (topic.contents == items)
            return true;
        topic.contents = items;
        break;
    }
    case Ue: {
        bool isNumber = false;
        const int ue = value.toInt(&isNumber);
        if (!isNumber)
            return false;
        if (topic.ue == ue)
            return true;
        topic.ue = ue;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags TopicTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsEditable;
}

QVariant TopicTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Title:
        return tr("Topic");
    case Contents:
        return tr("Contents (one item per line)");
    case Ue:
        return tr("UE");
    default:
        return {};
    }
}

Qt::DropActions TopicTableModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList TopicTableModel::mimeTypes() const {
    return {mimeType};
}

QMimeData* TopicTableModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool TopicTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                      const QModelIndex&) const {
    return data && data->hasFormat(mimeType) && action == Qt::MoveAction;
}

bool TopicTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row,
                                   int column, const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool isNumber = false;
    const int source = data->data(mimeType).toInt(&isNumber);
    if (!isNumber || source < 0 || source >= rowCount())
        return false;
    int before = row;
    if (parent.isValid()) // dropped onto a row: take its place
        before = parent.row() > source ? parent.row() + 1 : parent.row();
    if (before < 0)
        before = rowCount();
    moveRows({}, source, 1, {}, before);
    // The move is done here; false keeps the view from removing the dragged row afterwards.
    return false;
}

} // namespace Verbund
