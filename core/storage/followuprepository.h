#pragma once

#include "recordmapping.h"

#include <optional>

namespace Verbund {

// One line of a list of follow-ups: the follow-up with the names of what it is about and of
// its owner.
struct FollowUpRow {
    FollowUp followUp;
    QString subjectName;
    QString ownerName;
};

// Which follow-ups a list shows.
struct FollowUpFilter {
    QDate until;             // due on or before; all when invalid
    bool openOnly = true;    // without those done
    qint64 ownerId = 0;      // only this staff member's; all when 0
    qint64 firstOwnerId = 0; // this staff member's first ("mine first"); none when 0
    // Only those about this record; an organisation's include those about its contacts.
    std::optional<FollowUpSubject> subject;
    qint64 subjectId = 0;
};

class FollowUpRepository final : public Repository<FollowUp> {
public:
    using Repository::Repository;

    // Open ones by due day (the first owner's first), then those done, the latest first; at
    // most limit rows.
    Result<QList<FollowUpRow>> list(const FollowUpFilter& filter, int limit) const;
    // Every one the filter leaves, in the same order (for an export or a printout).
    Result<QList<FollowUpRow>> all(const FollowUpFilter& filter) const;
    Result<int> count(const FollowUpFilter& filter) const;

    // The follow-up of a consultation's follow-up date, in step with the consultation just
    // written (inside the caller's transaction): made when it gets a date, moved and open
    // again when the date changes (`before`: the date it had), gone when the date is taken
    // away.
    Status followConsultation(const Consultation& consultation, const QDate& before);
    // Removes the rule's follow-ups that are not done.
    Status removeOpen(FollowUpRule rule);

private:
    Result<QList<FollowUpRow>> read(const FollowUpFilter& filter, std::optional<int> limit) const;
    static SqlCondition condition(const FollowUpFilter& filter);
};

} // namespace Verbund
