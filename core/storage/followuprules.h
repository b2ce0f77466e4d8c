#pragma once

#include "../common/result.h"
#include "../domain/followup.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace Verbund {

class Database;

// The rules that make follow-ups by themselves, kept in step with the data: each finds what
// it is about (a session without attendance, a measure without certificates, …) and the day
// that is due; a follow-up is made once for it, and one not yet done goes when what it was
// about is gone (the attendance recorded, the report date moved). Only the rules' days from
// LookBackDays before today up to the day asked for are looked at: what lies further back was
// dealt with, or on paper, before the rule was on.
class FollowUpRules final {
public:
    explicit FollowUpRules(Database& database);

    static constexpr int LookBackDays = 90;
    static constexpr int AttendanceDays = 2;
    static constexpr int CertificateDays = 14;

    // Makes and removes the follow-ups of the rules switched on, up to `until`, in one
    // transaction; writes nothing when all are in step.
    Status apply(const QDate& today, const QDate& until, const QSet<FollowUpRule>& rules);

private:
    // The follow-ups to make and to remove.
    Status differences(const QDate& today, const QDate& until, const QSet<FollowUpRule>& rules,
                       QList<FollowUp>& made, QList<FollowUp>& gone) const;

    Database& m_database;
};

} // namespace Verbund
