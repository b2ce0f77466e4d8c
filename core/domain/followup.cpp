#include "followup.h"

#include "../common/dates.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array subjectEntries{
    EnumEntry<FollowUpSubject>{FollowUpSubject::Organisation, "organisation",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Organisation")},
    EnumEntry<FollowUpSubject>{FollowUpSubject::Contact, "contact",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Contact")},
    EnumEntry<FollowUpSubject>{FollowUpSubject::Participant, "participant",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Participant")},
    EnumEntry<FollowUpSubject>{FollowUpSubject::Measure, "measure",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Measure")},
    EnumEntry<FollowUpSubject>{FollowUpSubject::Funder, "funder",
                               QT_TRANSLATE_NOOP("Verbund::Enum", "Funder")},
};

// The labels describe the rules, as the settings show them.
constexpr std::array ruleEntries{
    EnumEntry<FollowUpRule>{FollowUpRule::Consultation, "consultation",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "A consultation's follow-up date")},
    EnumEntry<FollowUpRule>{
        FollowUpRule::Attendance, "attendance",
        QT_TRANSLATE_NOOP("Verbund::Enum", "Attendance not recorded two days after a session")},
    EnumEntry<FollowUpRule>{
        FollowUpRule::Certificates, "certificates",
        QT_TRANSLATE_NOOP("Verbund::Enum",
                          "Certificates not issued 14 days after a measure ended")},
    EnumEntry<FollowUpRule>{
        FollowUpRule::Hiring, "hiring",
        QT_TRANSLATE_NOOP(
            "Verbund::Enum",
            "Hiring obligation to check, the months set on the measure after its end")},
    EnumEntry<FollowUpRule>{
        FollowUpRule::ExamRegistration, "exam_registration",
        QT_TRANSLATE_NOOP(
            "Verbund::Enum",
            "Registration deadline of the chamber's first exam after a measure's end")},
    EnumEntry<FollowUpRule>{FollowUpRule::FundingReport, "funding_report",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "A funder's report date")},
};

} // namespace

QString followUpTask(const FollowUp& f) {
    if (!f.rule)
        return f.text;
    const auto task = [](const char* text) {
        return QCoreApplication::translate("Verbund::FollowUp", text);
    };
    const auto withText = [&f](const QString& task) {
        return f.text.isEmpty() ? task : task + QStringLiteral(": ") + f.text;
    };
    switch (*f.rule) {
    case FollowUpRule::Consultation:
        return withText(
            task(QT_TRANSLATE_NOOP("Verbund::FollowUp", "Follow up the consultation of %1"))
                .arg(formatDate(f.ruleDate)));
    case FollowUpRule::Attendance:
        return task(QT_TRANSLATE_NOOP("Verbund::FollowUp", "Record the attendance of %1"))
            .arg(formatDate(f.ruleDate));
    case FollowUpRule::Certificates:
        return task(QT_TRANSLATE_NOOP("Verbund::FollowUp", "Issue the certificates (ended %1)"))
            .arg(formatDate(f.ruleDate));
    case FollowUpRule::Hiring:
        return task(QT_TRANSLATE_NOOP("Verbund::FollowUp", "Check the hiring obligation"));
    case FollowUpRule::ExamRegistration:
        return withText(task(QT_TRANSLATE_NOOP("Verbund::FollowUp", "Register for the exam")));
    case FollowUpRule::FundingReport:
        return withText(task(QT_TRANSLATE_NOOP("Verbund::FollowUp", "Send the funding report")));
    }
    return f.text;
}

QList<FollowUpRule> switchableRules() {
    return {FollowUpRule::Attendance, FollowUpRule::Certificates, FollowUpRule::Hiring,
            FollowUpRule::ExamRegistration, FollowUpRule::FundingReport};
}

template <> std::span<const EnumEntry<FollowUpSubject>> enumEntries() {
    return subjectEntries;
}

template <> std::span<const EnumEntry<FollowUpRule>> enumEntries() {
    return ruleEntries;
}

} // namespace Verbund
