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

// The labels say what there is to do, as a follow-up made by the rule is shown.
constexpr std::array ruleEntries{
    EnumEntry<FollowUpRule>{FollowUpRule::Consultation, "consultation",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Follow up the consultation")},
    EnumEntry<FollowUpRule>{FollowUpRule::Attendance, "attendance",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Record the attendance")},
    EnumEntry<FollowUpRule>{FollowUpRule::Certificates, "certificates",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Issue the certificates")},
    EnumEntry<FollowUpRule>{FollowUpRule::Hiring, "hiring",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Check the hiring obligation")},
    EnumEntry<FollowUpRule>{FollowUpRule::ExamRegistration, "exam_registration",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Register for the exam")},
    EnumEntry<FollowUpRule>{FollowUpRule::FundingReport, "funding_report",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Send the funding report")},
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
        return withText(task("Follow up the consultation of %1").arg(formatDate(f.ruleDate)));
    case FollowUpRule::Attendance:
        return task("Record the attendance of %1").arg(formatDate(f.ruleDate));
    case FollowUpRule::Certificates:
        return task("Issue the certificates (ended %1)").arg(formatDate(f.ruleDate));
    case FollowUpRule::Hiring:
        return task("Check the hiring obligation");
    case FollowUpRule::ExamRegistration:
        return withText(task("Register for the exam"));
    case FollowUpRule::FundingReport:
        return withText(task("Send the funding report"));
    }
    return f.text;
}

QList<FollowUpRule> switchableRules() {
    return {FollowUpRule::Attendance, FollowUpRule::Certificates, FollowUpRule::Hiring,
            FollowUpRule::ExamRegistration, FollowUpRule::FundingReport};
}

QString ruleDescription(FollowUpRule rule) {
    switch (rule) {
    case FollowUpRule::Consultation:
        return QCoreApplication::translate("Verbund::FollowUp",
                                           "A consultation's follow-up date");
    case FollowUpRule::Attendance:
        return QCoreApplication::translate("Verbund::FollowUp",
                                           "Attendance not recorded two days after a session");
    case FollowUpRule::Certificates:
        return QCoreApplication::translate(
            "Verbund::FollowUp", "Certificates not issued 14 days after a measure ended");
    case FollowUpRule::Hiring:
        return QCoreApplication::translate(
            "Verbund::FollowUp",
            "Hiring obligation due the months set on the measure after its end");
    case FollowUpRule::ExamRegistration:
        return QCoreApplication::translate(
            "Verbund::FollowUp",
            "Registration deadline of the chamber's first exam after a measure's end");
    case FollowUpRule::FundingReport:
        return QCoreApplication::translate("Verbund::FollowUp", "A funder's report date");
    }
    return {};
}

template <> std::span<const EnumEntry<FollowUpSubject>> enumEntries() {
    return subjectEntries;
}

template <> std::span<const EnumEntry<FollowUpRule>> enumEntries() {
    return ruleEntries;
}

} // namespace Verbund
