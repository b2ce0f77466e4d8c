#pragma once

#include "enumtext.h"
#include "money.h"
#include "record.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Verbund {

enum class MeasureKind {
    Retraining,
    ExternalExamPreparation,
    PartialQualification,
    FurtherTraining,
    TrainTheTrainer,
    Other,
};
enum class MeasureStatus { Planned, Running, Completed, Cancelled };
enum class LocationRole { Company, Provider, Other };
enum class CostMode { Total, PerUe };
enum class ShareKind { Percent, Amount };

// A further place of learning of a measure besides the lead provider.
struct MeasureLocation {
    qint64 organisationId = 0;
    LocationRole role = LocationRole::Company;
    friend bool operator==(const MeasureLocation&, const MeasureLocation&) = default;
};

// "The company hires at least N (or a share) of the unemployed participants."
struct HiringObligation {
    qint64 companyId = 0;     // 0 = no obligation
    std::optional<int> count; // at least this many …
    int shareBasisPoints = 0; // … or this share of the referred participants, rounded up
    // Checked this many months after the measure's end (a follow-up); none when not set.
    std::optional<int> checkAfterMonths;

    bool any() const { return companyId > 0 && (count || shareBasisPoints > 0); }
    // How many must be hired when this many unemployed people take part.
    int required(int referredParticipants) const;
    friend bool operator==(const HiringObligation&, const HiringObligation&) = default;
};

// One funder's part of a measure's cost: a percentage of the total or a fixed amount.
struct FundingShare {
    qint64 funderId = 0;
    qint64 programmeId = 0; // optional
    ShareKind kind = ShareKind::Percent;
    int basisPoints = 0;
    Cents amount = 0;
    // Instead of a funder: an organisation that is none yet and becomes one when the measure
    // is saved (funderId stays 0 until then).
    qint64 newFunderOrganisationId = 0;
    bool hasPayer() const { return funderId > 0 || newFunderOrganisationId > 0; }
    friend bool operator==(const FundingShare&, const FundingShare&) = default;
};

// A qualification run: goal, dates, places of learning, the hiring obligation and the
// funding plan. Participants come in as enrollments.
struct Measure {
    RecordMeta meta;
    QString title;
    MeasureKind kind = MeasureKind::FurtherTraining;
    QString qualificationGoal;
    qint64 curriculumId = 0; // optional
    qint64 providerId = 0;   // the lead provider, an organisation
    qint64 siteId = 0;       // the network's site it belongs to; 0 = none
    QList<MeasureLocation> locations;
    QDate startDate;
    QDate endDate;
    QString schedule;
    int plannedUe = 0; // entered when there is no curriculum
    int capacity = 0;  // 0 = no limit
    MeasureStatus status = MeasureStatus::Planned;
    HiringObligation obligation;
    CostMode costMode = CostMode::Total;
    Cents totalCost = 0; // with CostMode::Total
    Cents costPerUe = 0; // per participant and UE, with CostMode::PerUe
    QList<FundingShare> shares;
    QString notes;
    // A certificate says "successful" from this share of the planned UE on, and when the
    // measure ends in an exam, only with the exam passed.
    int minimumShare = 8000;
    bool endsWithExam = false;

    // Read from the curriculum when there is one; not stored with the measure.
    std::optional<int> curriculumUe;

    // The curriculum's total UE, or the entered number when there is none.
    int effectivePlannedUe() const { return curriculumUe.value_or(plannedUe); }
    // The cost the funding plan has to cover, for this many participants.
    Cents costFor(int participants) const;

    friend bool operator==(const Measure&, const Measure&) = default;
};

// What the shares of a plan come to for a total.
struct FundingBreakdown {
    Cents total = 0;
    QList<Cents> amounts; // per share, in the order of the shares
    Cents remainder = 0;  // what no share covers (negative when they cover too much)
    bool valid = false;   // the shares cover the total exactly
};

// Fixed amounts count as they are; percentages are of the total. The plan is valid when
// together they make exactly the total; then the percentages share what the fixed amounts
// leave by the largest-remainder method, to the cent.
FundingBreakdown fundingBreakdown(Cents total, const QList<FundingShare>& shares);

template <> std::span<const EnumEntry<MeasureKind>> enumEntries();
template <> std::span<const EnumEntry<MeasureStatus>> enumEntries();
template <> std::span<const EnumEntry<LocationRole>> enumEntries();
template <> std::span<const EnumEntry<CostMode>> enumEntries();
template <> std::span<const EnumEntry<ShareKind>> enumEntries();

} // namespace Verbund
