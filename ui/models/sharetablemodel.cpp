#include "sharetablemodel.h"

#include <algorithm>

namespace Verbund {

ShareTableModel::ShareTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ShareTableModel::setChoices(const QList<Choice>& funders, const QList<Choice>& programmes) {
    beginResetModel();
    m_funders = funders;
    m_programmes = programmes;
    endResetModel();
}

void ShareTableModel::addPayer(const Payer& payer) {
    const bool known = std::any_of(m_funders.begin(), m_funders.end(), [&](const Choice& choice) {
        const auto other = choice.value.value<Payer>();
        return other.funderId == payer.funderId && other.organisationId == payer.organisationId;
    });
    if (!known)
        m_funders.append({payer.name, QVariant::fromValue(payer)});
}

QList<Choice> ShareTableModel::choicesFor(const QModelIndex& index) const {
    const int column = index.column();
    if (column == ProgrammeColumn) {
        const FundingShare& share = m_shares.at(index.row());
        QList<Choice> programmes;
        for (const Choice& programme : m_programmes) {
            const qint64 id = programme.value.toLongLong();
            // "None", the funder's own, and the one chosen before, whoever pays it.
            if (id == 0 || programme.owner == share.funderId || id == share.programmeId)
                programmes << programme;
        }
        return programmes;
    }
    if (column == KindColumn)
        return enumChoices<ShareKind>();
    return {};
}

void ShareTableModel::setShares(const QList<FundingShare>& shares) {
    beginResetModel();
    m_shares = shares;
    updateBreakdown();
    endResetModel();
}

void ShareTableModel::setTotal(Cents total) {
    if (total == m_total)
        return;
    m_total = total;
    updateBreakdown();
    amountsChanged();
}

void ShareTableModel::setParticipants(int participants) {
    if (participants == m_participants)
        return;
    m_participants = participants;
    amountsChanged();
}

void ShareTableModel::updateBreakdown() {
    m_breakdown = fundingBreakdown(m_total, m_shares);
}

void ShareTableModel::amountsChanged() {
    if (!m_shares.isEmpty())
        emit dataChanged(index(0, AmountColumn), index(rowCount() - 1, PerParticipantColumn),
                         {Qt::DisplayRole});
}

int ShareTableModel::addShare(const FundingShare& share) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_shares << share;
    updateBreakdown();
    endInsertRows();
    amountsChanged();
    emit edited();
    return row;
}

void ShareTableModel::removeShare(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_shares.removeAt(row);
    updateBreakdown();
    endRemoveRows();
    amountsChanged();
    emit edited();
}

int ShareTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_shares.size());
}

int ShareTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Payer ShareTableModel::payerOf(const FundingShare& share) const {
    for (const Choice& choice : m_funders) {
        const auto payer = choice.value.value<Payer>();
        if (payer.funderId == share.funderId &&
            payer.organisationId == share.newFunderOrganisationId)
            return payer;
    }
    return {};
}

QString ShareTableModel::labelOf(const QList<Choice>& choices, const QVariant& value) const {
    for (const Choice& choice : choices) {
        if (choice.value == value)
            return choice.label;
    }
    return {};
}

QVariant ShareTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FundingShare& share = m_shares.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= ValueColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                     : int(Qt::AlignLeft | Qt::AlignVCenter);
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case FunderColumn: {
        const QVariant payer = QVariant::fromValue(payerOf(share));
        return edit ? payer : QVariant(labelOf(m_funders, payer));
    }
    case ProgrammeColumn:
        return edit ? QVariant(share.programmeId)
                    : QVariant(labelOf(m_programmes, QVariant(share.programmeId)));
    case KindColumn:
        return edit ? QVariant(int(share.kind)) : QVariant(enumLabel(share.kind));
    case ValueColumn:
        if (share.kind == ShareKind::Percent)
            return edit ? formatShare(share.basisPoints).remove(QStringLiteral(" %"))
                        : formatShare(share.basisPoints);
        return edit ? formatMoney(share.amount).remove(QStringLiteral("€")).trimmed()
                    : formatMoney(share.amount);
    case AmountColumn:
    case PerParticipantColumn: {
        const FundingBreakdown& plan = m_breakdown;
        if (index.row() >= plan.amounts.size())
            return QString();
        const Cents amount = plan.amounts.at(index.row());
        if (column == AmountColumn)
            return formatMoney(amount);
        // The largest-remainder split puts the odd cents on the first people.
        return m_participants > 0
                   ? formatMoney(allocate(amount, QList<qint64>(m_participants, 1)).first())
                   : QString();
    }
    default:
        return {};
    }
}

bool ShareTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    FundingShare& share = m_shares[index.row()];
    switch (index.column()) {
    case FunderColumn: {
        const auto payer = value.value<Payer>();
        addPayer(payer);
        share.funderId = payer.funderId;
        share.newFunderOrganisationId = payer.organisationId;
        break;
    }
    case ProgrammeColumn:
        share.programmeId = value.toLongLong();
        break;
    case KindColumn:
        share.kind = ShareKind(value.toInt());
        break;
    case ValueColumn:
        if (share.kind == ShareKind::Percent) {
            const auto basisPoints = parseShare(value.toString());
            if (!basisPoints)
                return false;
            share.basisPoints = *basisPoints;
        } else {
            const auto amount = parseMoney(value.toString());
            if (!amount)
                return false;
            share.amount = *amount;
        }
        break;
    default:
        return false;
    }
    updateBreakdown();
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    amountsChanged();
    emit edited();
    return true;
}

Qt::ItemFlags ShareTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() < AmountColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ShareTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FunderColumn:
        return tr("Funder");
    case ProgrammeColumn:
        return tr("Programme");
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Share");
    case AmountColumn:
        return tr("Amount");
    case PerParticipantColumn:
        return tr("Per participant");
    default:
        return {};
    }
}

} // namespace Verbund
