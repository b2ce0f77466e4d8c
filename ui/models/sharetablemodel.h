#pragma once

#include "application/fundingservice.h"
#include "domain/measure.h"
#include "widgets/choices.h"

#include <QAbstractTableModel>

namespace Verbund {

// The shares of the funding plan being edited, with what each comes to for the current
// total. A share's payer is a Payer: a funder, or an organisation that is not a funder yet.
// The funders are known by name; an organisation chosen as payer is added when chosen.
class ShareTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareTableModel)
public:
    enum Column {
        FunderColumn,
        ProgrammeColumn,
        KindColumn,
        ValueColumn,
        AmountColumn,
        PerParticipantColumn,
        ColumnCount
    };

    explicit ShareTableModel(QObject* parent = nullptr);

    // The funders (a Payer each) and the programmes.
    void setChoices(const QList<Choice>& funders, const QList<Choice>& programmes);
    // Names an organisation chosen as payer outside the funder column (a suggestion).
    void addPayer(const Payer& payer);
    // The entries for the cell's combo: a share's programmes are those of its funder. None for
    // the funder column, whose payers are searched.
    QList<Choice> choicesFor(const QModelIndex& index) const;
    void setShares(const QList<FundingShare>& shares);
    const QList<FundingShare>& shares() const { return m_shares; }
    void setTotal(Cents total);
    // For the amount each funder pays per participant.
    void setParticipants(int participants);
    const FundingBreakdown& breakdown() const { return m_breakdown; }

    // Appends a share; returns its row.
    int addShare(const FundingShare& share);
    void removeShare(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QString labelOf(const QList<Choice>& choices, const QVariant& value) const;
    // The choice that pays the share, as the funder column offers it.
    Payer payerOf(const FundingShare& share) const;
    // Computes the plan's amounts once per change, not once per cell shown.
    void updateBreakdown();
    void amountsChanged();

    QList<FundingShare> m_shares;
    QList<Choice> m_funders;
    QList<Choice> m_programmes;
    Cents m_total = 0;
    FundingBreakdown m_breakdown;
    int m_participants = 0;
};

} // namespace Verbund
