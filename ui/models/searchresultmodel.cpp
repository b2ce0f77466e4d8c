#include "searchresultmodel.h"

#include "itemroles.h"

#include <QFont>

namespace Verbund {

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractListModel(parent) {}

QString SearchResultModel::heading(RecordKind kind, bool more) {
    QString name;
    switch (kind) {
    case RecordKind::Organisation:
        name = tr("Organisations");
        break;
    case RecordKind::Contact:
        name = tr("Contacts");
        break;
    case RecordKind::Participant:
        name = tr("Participants");
        break;
    case RecordKind::Measure:
        name = tr("Measures");
        break;
    default:
        name = tr("Curricula");
        break;
    }
    return more ? tr("%1 (more: type on to narrow them)").arg(name) : name;
}

void SearchResultModel::setResults(const QString& text, const SearchService::Found& found) {
    beginResetModel();
    m_text = text;
    m_rows.clear();
    for (const SearchHit& hit : found.hits) {
        if (m_rows.isEmpty() || m_rows.constLast().hit.kind != hit.kind)
            m_rows.append(
                {true, {hit.kind, 0, {}, {}}, heading(hit.kind, found.more.contains(hit.kind))});
        m_rows.append({false, hit,
                       hit.detail.isEmpty()
                           ? hit.title
                           : QStringLiteral("%1 – %2").arg(hit.title, hit.detail)});
    }
    endResetModel();
}

int SearchResultModel::firstRecordRow() const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).heading)
            return row;
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.text;
    case Qt::EditRole:
        return m_text;
    case Qt::FontRole:
        if (row.heading) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return row.heading ? QVariant() : QVariant(row.hit.id);
    case KindRole:
        return int(row.hit.kind);
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags; // the list itself, as a view asks
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_rows.at(index.row()).heading ? Qt::NoItemFlags
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Verbund
