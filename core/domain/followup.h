#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Verbund {

// The record a follow-up is about.
enum class FollowUpSubject { Organisation, Contact, Participant, Measure, Funder };

// Where a follow-up came from, besides a hand: a consultation's follow-up date, or one of the
// rules that make follow-ups by themselves, each switched on or off in the network's
// settings.
enum class FollowUpRule {
    Consultation,     // a consultation's follow-up date
    Attendance,       // attendance not recorded two days after a session
    Certificates,     // certificates not issued 14 days after a measure ended
    Hiring,           // the hiring obligation checked N months after the measure ended
    ExamRegistration, // a chamber's registration deadline for the exam after the measure
    FundingReport,    // a funder's report date
};

// Something to do by a day, by whom, about one record (Wiedervorlage): done on a day, or
// moved to a later one (snoozed) by changing its day.
struct FollowUp {
    RecordMeta meta;
    FollowUpSubject subject = FollowUpSubject::Organisation;
    qint64 subjectId = 0;
    qint64 consultationId = 0; // made from this consultation's follow-up date; 0 = none
    QDate dueOn;
    qint64 ownerId = 0; // the staff member; 0 = anyone in the office
    QString text;       // a rule's follow-up says what it is from its rule
    QDate doneOn;
    // A rule's: the rule, the record it is about (a session, a measure, a report date) and the
    // day (the session's, the measure's end, the deadline): a follow-up the rule makes once.
    std::optional<FollowUpRule> rule;
    qint64 ruleRef = 0;
    QDate ruleDate;

    bool isDone() const { return doneOn.isValid(); }
    friend bool operator==(const FollowUp&, const FollowUp&) = default;
};

// What there is to do, in words: the text written by hand, or what the rule asks for.
QString followUpTask(const FollowUp& followUp);

// The rules that can be switched off (all but the consultation's, which is the user's own).
// Their labels (enumLabel) describe them.
QList<FollowUpRule> switchableRules();

template <> std::span<const EnumEntry<FollowUpSubject>> enumEntries();
template <> std::span<const EnumEntry<FollowUpRule>> enumEntries();

} // namespace Verbund
