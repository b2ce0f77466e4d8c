#include "measure.h"

#include <array>

namespace Verbund {

int HiringObligation::required(int referredParticipants) const {
    if (!any())
        return 0;
    if (count)
        return *count;
    // Rounded up: "half of 17" means 9 people.
    return int((qint64(shareBasisPoints) * referredParticipants + FullShare - 1) / FullShare);
}

Cents Measure::costFor(int participants) const {
    if (costMode == CostMode::Total)
        return totalCost;
    return costPerUe * effectivePlannedUe() * participants;
}

FundingBreakdown fundingBreakdown(Cents total, const QList<FundingShare>& shares) {
    FundingBreakdown result;
    result.total = total;
    Cents fixed = 0;
    qint64 basisPoints = 0;
    QList<qint64> weights;
    for (const FundingShare& share : shares) {
        if (share.kind == ShareKind::Amount)
            fixed += share.amount;
        else
            basisPoints += share.basisPoints;
        weights << (share.kind == ShareKind::Percent ? share.basisPoints : 0);
    }
    // Exact in integers: basisPoints / 10000 × total + fixed == total.
    result.valid =
        !shares.isEmpty() && total > 0 &&
        (basisPoints == 0 ? fixed == total
                          : basisPoints * total == (total - fixed) * FullShare && fixed <= total);
    QList<Cents> percentParts;
    if (result.valid) {
        percentParts = allocate(total - fixed, weights);
    } else {
        // Each percentage rounded on its own, to show what is missing.
        for (const qint64 weight : std::as_const(weights))
            percentParts << (total * weight + FullShare / 2) / FullShare;
    }
    Cents covered = 0;
    for (int i = 0; i < shares.size(); ++i) {
        const Cents amount =
            shares.at(i).kind == ShareKind::Amount ? shares.at(i).amount : percentParts.at(i);
        result.amounts << amount;
        covered += amount;
    }
    result.remainder = total - covered;
    return result;
}

namespace {

constexpr std::array kindEntries{
    EnumEntry<MeasureKind>{MeasureKind::Retraining, "retraining",
                           QT_TRANSLATE_NOOP("Verbund::Enum", "Retraining")},
    EnumEntry<MeasureKind>{MeasureKind::ExternalExamPreparation, "external_exam",
                           QT_TRANSLATE_NOOP("Verbund::Enum", "External exam preparation")},
    EnumEntry<MeasureKind>{MeasureKind::PartialQualification, "partial_qualification",
                           QT_TRANSLATE_NOOP("Verbund::Enum", "Partial qualification")},
    EnumEntry<MeasureKind>{MeasureKind::FurtherTraining, "further_training",
                           QT_TRANSLATE_NOOP("Verbund::Enum", "Further training")},
    EnumEntry<MeasureKind>{MeasureKind::TrainTheTrainer, "train_the_trainer",
                           QT_TRANSLATE_NOOP("Verbund::Enum", "Train the trainer")},
    EnumEntry<MeasureKind>{MeasureKind::Other, "other",
                           QT_TRANSLATE_NOOP("Verbund::Enum", "Other")},
};

constexpr std::array statusEntries{
    EnumEntry<MeasureStatus>{MeasureStatus::Planned, "planned",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "Planned")},
    EnumEntry<MeasureStatus>{MeasureStatus::Running, "running",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "Running")},
    EnumEntry<MeasureStatus>{MeasureStatus::Completed, "completed",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "Completed")},
    EnumEntry<MeasureStatus>{MeasureStatus::Cancelled, "cancelled",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "Cancelled")},
};

constexpr std::array roleEntries{
    EnumEntry<LocationRole>{LocationRole::Company, "company",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Company (learning at work)")},
    EnumEntry<LocationRole>{LocationRole::Provider, "provider",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Further provider")},
    EnumEntry<LocationRole>{LocationRole::Other, "other",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Other place of learning")},
};

constexpr std::array costModeEntries{
    EnumEntry<CostMode>{CostMode::Total, "total", QT_TRANSLATE_NOOP("Verbund::Enum", "Total cost")},
    EnumEntry<CostMode>{CostMode::PerUe, "per_ue",
                        QT_TRANSLATE_NOOP("Verbund::Enum", "Cost per UE and participant")},
};

constexpr std::array shareKindEntries{
    EnumEntry<ShareKind>{ShareKind::Percent, "percent",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Percentage")},
    EnumEntry<ShareKind>{ShareKind::Amount, "amount",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Fixed amount")},
};

} // namespace

template <> std::span<const EnumEntry<MeasureKind>> enumEntries() {
    return kindEntries;
}
template <> std::span<const EnumEntry<MeasureStatus>> enumEntries() {
    return statusEntries;
}
template <> std::span<const EnumEntry<LocationRole>> enumEntries() {
    return roleEntries;
}
template <> std::span<const EnumEntry<CostMode>> enumEntries() {
    return costModeEntries;
}
template <> std::span<const EnumEntry<ShareKind>> enumEntries() {
    return shareKindEntries;
}

} // namespace Verbund
