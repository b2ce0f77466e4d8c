#include "historyservice.h"

#include "../common/dates.h"
#include "../domain/consent.h"
#include "../domain/consultation.h"
#include "../domain/contact.h"
#include "../domain/curriculum.h"
#include "../domain/enrollment.h"
#include "../domain/followup.h"
#include "../domain/measure.h"
#include "../domain/money.h"
#include "../domain/organisation.h"
#include "../domain/participant.h"
#include "../domain/session.h"
#include "../domain/user.h"
#include "../storage/historyrepository.h"

#include <QHash>

namespace Verbund {

namespace {

// How a field's recorded value is shown.
enum class Shown { Text, Date, Number, Position, Money, Share, YesNo, Topics, Enum, Reference };

struct FieldSpec {
    const char* table;
    const char* column;
    const char* label;
    Shown shown = Shown::Text;
    const char* referenced = nullptr;               // Shown::Reference: the table referred to
    QString (*enumLabel)(const QString&) = nullptr; // Shown::Enum: key to label
};

const QList<FieldSpec>& fieldSpecs() {
    static const QList<FieldSpec> specs{
        {"site", "name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Name")},
        {"site", "city", QT_TRANSLATE_NOOP("Verbund::HistoryService", "City")},
        {"site", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"staff", "first_name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "First name")},
        {"staff", "last_name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Last name")},
        {"staff", "email", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Email")},
        {"staff", "phone", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Phone")},
        {"staff", "site_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Site"), Shown::Reference,
         "site"},
        {"staff", "active", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Active"), Shown::YesNo},
        {"organisation", "name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Name")},
        {"organisation", "kind", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Kind"), Shown::Enum,
         nullptr, &enumLabelOfKey<OrganisationKind>},
        {"organisation", "sector", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Sector")},
        {"organisation", "employees", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Employees"),
         Shown::Number},
        {"organisation", "street", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Street")},
        {"organisation", "postcode", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Postcode")},
        {"organisation", "city", QT_TRANSLATE_NOOP("Verbund::HistoryService", "City")},
        {"organisation", "site_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Site"),
         Shown::Reference, "site"},
        {"organisation", "phone", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Phone")},
        {"organisation", "email", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Email")},
        {"organisation", "website", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Website")},
        {"organisation", "membership", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Membership"),
         Shown::Enum, nullptr, &enumLabelOfKey<Membership>},
        {"organisation", "member_since",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Member since"), Shown::Date},
        {"organisation", "member_until",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Member until"), Shown::Date},
        {"organisation", "advisor_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Advisor"),
         Shown::Reference, "staff"},
        {"organisation", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"organisation", "wz_section",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Economic sector (WZ 2008)"), Shown::Enum,
         nullptr, &enumLabelOfKey<WzSection>},
        {"contact", "organisation_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Organisation"),
         Shown::Reference, "organisation"},
        {"contact", "first_name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "First name")},
        {"contact", "last_name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Last name")},
        {"contact", "salutation", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Salutation"),
         Shown::Enum, nullptr, &enumLabelOfKey<Salutation>},
        {"contact", "academic_title",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Academic title")},
        {"contact", "mobile", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Mobile")},
        {"contact", "function", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Function")},
        {"contact", "email", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Email")},
        {"contact", "phone", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Phone")},
        {"contact", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"contact", "erased_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Erased on"),
         Shown::Date},
        {"consultation", "organisation_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Organisation"), Shown::Reference,
         "organisation"},
        {"consultation", "date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Date"), Shown::Date},
        {"consultation", "advisor_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Advisor"),
         Shown::Reference, "staff"},
        {"consultation", "channel", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Channel"),
         Shown::Enum, nullptr, &enumLabelOfKey<ConsultationChannel>},
        {"consultation", "topics", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Topics"),
         Shown::Topics},
        {"consultation", "summary", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Summary")},
        {"consultation", "outcome", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Outcome")},
        {"consultation", "follow_up", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Follow-up"),
         Shown::Date},
        {"curriculum", "title", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Title")},
        {"curriculum", "target_group",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Target group")},
        {"curriculum", "goal", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Goal")},
        {"curriculum", "minutes_per_ue",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Minutes per UE"), Shown::Number},
        {"curriculum", "status", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Status"),
         Shown::Enum, nullptr, &enumLabelOfKey<CurriculumStatus>},
        {"curriculum", "version", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Version")},
        {"curriculum_topic", "curriculum_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Curriculum"), Shown::Reference,
         "curriculum"},
        {"curriculum_topic", "position", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Position"),
         Shown::Position},
        {"curriculum_topic", "title", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Title")},
        {"curriculum_topic", "contents", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Contents")},
        {"curriculum_topic", "ue", QT_TRANSLATE_NOOP("Verbund::HistoryService", "UE"),
         Shown::Number},
        {"participant", "first_name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "First name")},
        {"participant", "last_name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Last name")},
        {"participant", "birth_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Date of birth"),
         Shown::Date},
        {"participant", "gender", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Gender"),
         Shown::Enum, nullptr, &enumLabelOfKey<Gender>},
        {"participant", "email", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Email")},
        {"participant", "phone", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Phone")},
        {"participant", "postcode", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Postcode")},
        {"participant", "city", QT_TRANSLATE_NOOP("Verbund::HistoryService", "City")},
        {"participant", "employment", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Employment"),
         Shown::Enum, nullptr, &enumLabelOfKey<EmploymentStatus>},
        {"participant", "employer_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Employer"),
         Shown::Reference, "organisation"},
        {"participant", "referred_by_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Referred by"), Shown::Reference,
         "organisation"},
        {"participant", "prior_qualification",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Prior qualification")},
        {"participant", "entry_conditions",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Entry conditions")},
        {"participant", "consent_date",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Consent given"), Shown::Date},
        {"participant", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"participant", "birth_year",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Year of birth")},
        {"participant", "erased_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Erased on"),
         Shown::Date},
        {"participant", "education", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Education"),
         Shown::Enum, nullptr, &enumLabelOfKey<EducationLevel>},
        {"participant", "unemployed_since",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Unemployed since"), Shown::Date},
        {"consent", "participant_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Participant"),
         Shown::Reference, "participant"},
        {"consent", "purpose", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Purpose"), Shown::Enum,
         nullptr, &enumLabelOfKey<ConsentPurpose>},
        {"consent", "given_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Given on"),
         Shown::Date},
        {"consent", "how", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Given"), Shown::Enum,
         nullptr, &enumLabelOfKey<ConsentWay>},
        {"consent", "text_version", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Text version")},
        {"consent", "withdrawn_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Withdrawn on"),
         Shown::Date},
        {"funder", "name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Name")},
        {"funder", "organisation_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Organisation"),
         Shown::Reference, "organisation"},
        {"funder", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"programme", "name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Name")},
        {"programme", "description", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Description")},
        {"programme", "funder_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funder"),
         Shown::Reference, "funder"},
        {"programme_rate", "programme_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Programme"), Shown::Reference, "programme"},
        {"programme_rate", "position", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Position"),
         Shown::Position},
        {"programme_rate", "min_employees",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "From employees"), Shown::Number},
        {"programme_rate", "basis_points", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Share"),
         Shown::Share},
        {"measure", "title", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Title")},
        {"measure", "kind", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Kind"), Shown::Enum,
         nullptr, &enumLabelOfKey<MeasureKind>},
        {"measure", "qualification_goal",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Qualification goal")},
        {"measure", "curriculum_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Curriculum"),
         Shown::Reference, "curriculum"},
        {"measure", "provider_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Lead provider"),
         Shown::Reference, "organisation"},
        {"measure", "start_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Start"),
         Shown::Date},
        {"measure", "end_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "End"), Shown::Date},
        {"measure", "schedule", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Schedule")},
        {"measure", "planned_ue", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Planned UE"),
         Shown::Number},
        {"measure", "capacity", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Places"),
         Shown::Number},
        {"measure", "status", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Status"), Shown::Enum,
         nullptr, &enumLabelOfKey<MeasureStatus>},
        {"measure", "obligation_company_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Company obliged to hire"), Shown::Reference,
         "organisation"},
        {"measure", "obligation_count",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "People to hire"), Shown::Number},
        {"measure", "obligation_share",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Share to hire"), Shown::Share},
        {"measure", "cost_mode", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Costs"), Shown::Enum,
         nullptr, &enumLabelOfKey<CostMode>},
        {"measure", "total_cost", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Total cost"),
         Shown::Money},
        {"measure", "cost_per_ue", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Cost per UE"),
         Shown::Money},
        {"measure", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"measure", "minimum_share",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Minimum attendance"), Shown::Share},
        {"measure", "ends_with_exam",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Ends with an exam"), Shown::YesNo},
        {"measure", "site_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Site"),
         Shown::Reference, "site"},
        {"measure", "hiring_check_months",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Check hiring after (months)"),
         Shown::Number},
        {"app_user", "login", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Login")},
        {"app_user", "name", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Name")},
        {"app_user", "role", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Role"), Shown::Enum,
         nullptr, &enumLabelOfKey<UserRole>},
        {"app_user", "site_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Site"),
         Shown::Reference, "site"},
        {"app_user", "active", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Active"),
         Shown::YesNo},
        {"measure_location", "measure_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Measure"),
         Shown::Reference, "measure"},
        {"measure_location", "position", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Position"),
         Shown::Position},
        {"measure_location", "organisation_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Organisation"), Shown::Reference,
         "organisation"},
        {"measure_location", "role", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Role"),
         Shown::Enum, nullptr, &enumLabelOfKey<LocationRole>},
        {"funding_share", "measure_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Measure"),
         Shown::Reference, "measure"},
        {"funding_share", "position", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Position"),
         Shown::Position},
        {"funding_share", "funder_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funder"),
         Shown::Reference, "funder"},
        {"funding_share", "programme_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Programme"),
         Shown::Reference, "programme"},
        {"funding_share", "kind", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Kind"), Shown::Enum,
         nullptr, &enumLabelOfKey<ShareKind>},
        {"funding_share", "basis_points", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Share"),
         Shown::Share},
        {"funding_share", "amount", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Amount"),
         Shown::Money},
        {"enrollment", "measure_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Measure"),
         Shown::Reference, "measure"},
        {"enrollment", "participant_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Participant"), Shown::Reference,
         "participant"},
        {"enrollment", "path", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Path"), Shown::Enum,
         nullptr, &enumLabelOfKey<EnrollmentPath>},
        {"enrollment", "status", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Status"),
         Shown::Enum, nullptr, &enumLabelOfKey<EnrollmentStatus>},
        {"enrollment", "start_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Start"),
         Shown::Date},
        {"enrollment", "exit_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Exit"),
         Shown::Date},
        {"enrollment", "exam_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Exam date"),
         Shown::Date},
        {"enrollment", "exam_result", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Exam result"),
         Shown::Enum, nullptr, &enumLabelOfKey<ExamResult>},
        {"enrollment", "hired_by_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Hired by"),
         Shown::Reference, "organisation"},
        {"enrollment", "hired_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Hired on"),
         Shown::Date},
        {"enrollment", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"enrollment", "exit_status",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Status at exit"), Shown::Enum, nullptr,
         &enumLabelOfKey<ExitStatus>},
        {"enrollment_credit", "enrollment_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Enrollment"), Shown::Reference,
         "enrollment"},
        {"enrollment_credit", "position", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Position"),
         Shown::Position},
        {"enrollment_credit", "topic_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Topic"),
         Shown::Reference, "curriculum_topic"},
        {"session", "measure_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Measure"),
         Shown::Reference, "measure"},
        {"session", "date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Date"), Shown::Date},
        {"session", "start_time", QT_TRANSLATE_NOOP("Verbund::HistoryService", "From")},
        {"session", "end_time", QT_TRANSLATE_NOOP("Verbund::HistoryService", "To")},
        {"session", "ue", QT_TRANSLATE_NOOP("Verbund::HistoryService", "UE"), Shown::Number},
        {"session", "topic_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Topic"),
         Shown::Reference, "curriculum_topic"},
        {"session", "location_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Place of learning"), Shown::Reference,
         "organisation"},
        {"session", "trainer", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Trainer")},
        {"session", "notes", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Notes")},
        {"attendance", "enrollment_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Enrollment"),
         Shown::Reference, "enrollment"},
        {"attendance", "session_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Session"),
         Shown::Reference, "session"},
        {"attendance", "state", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Attendance"),
         Shown::Enum, nullptr, &enumLabelOfKey<AttendanceState>},
        {"attendance", "ue", QT_TRANSLATE_NOOP("Verbund::HistoryService", "UE"), Shown::Number},
        {"certificate", "serial", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Serial number")},
        {"certificate", "issued_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Issued on"),
         Shown::Date},
        {"follow_up", "organisation_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Organisation"), Shown::Reference,
         "organisation"},
        {"follow_up", "contact_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Contact"),
         Shown::Reference, "contact"},
        {"follow_up", "participant_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Participant"),
         Shown::Reference, "participant"},
        {"follow_up", "measure_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Measure"),
         Shown::Reference, "measure"},
        {"follow_up", "funder_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funder"),
         Shown::Reference, "funder"},
        {"follow_up", "consultation_id",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Consultation"), Shown::Reference,
         "consultation"},
        {"follow_up", "due_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Due on"),
         Shown::Date},
        {"follow_up", "owner_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Owner"),
         Shown::Reference, "staff"},
        {"follow_up", "text", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Task")},
        {"follow_up", "done_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Done on"),
         Shown::Date},
        {"follow_up", "rule", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Rule"), Shown::Enum,
         nullptr, &enumLabelOfKey<FollowUpRule>},
        {"follow_up", "rule_ref", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Rule's record"),
         Shown::Number},
        {"follow_up", "rule_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Rule's day"),
         Shown::Date},
        {"exam_deadline", "chamber_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Chamber"),
         Shown::Reference, "organisation"},
        {"exam_deadline", "title", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Exam")},
        {"exam_deadline", "registration_by",
         QT_TRANSLATE_NOOP("Verbund::HistoryService", "Registration by"), Shown::Date},
        {"exam_deadline", "exam_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Exam on"),
         Shown::Date},
        {"report_date", "funder_id", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funder"),
         Shown::Reference, "funder"},
        {"report_date", "title", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Report")},
        {"report_date", "due_on", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Due on"),
         Shown::Date},
    };
    return specs;
}

const FieldSpec* specOf(const QString& table, const QString& column) {
    static const QHash<QString, const FieldSpec*> byName = [] {
        QHash<QString, const FieldSpec*> specs;
        for (const FieldSpec& spec : fieldSpecs())
            specs.insert(QLatin1String(spec.table) + QLatin1Char('.') + QLatin1String(spec.column),
                         &spec);
        return specs;
    }();
    return byName.value(table + QLatin1Char('.') + column);
}

// The singular name of a table's row as the history names it.
QString rowLabel(const QString& table) {
    static const QList<std::pair<const char*, const char*>> labels{
        {"site", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Site")},
        {"staff", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Staff member")},
        {"organisation", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Organisation")},
        {"contact", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Contact")},
        {"consultation", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Consultation")},
        {"setting", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Setting")},
        {"curriculum", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Curriculum")},
        {"curriculum_topic", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Topic")},
        {"participant", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Participant")},
        {"funder", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funder")},
        {"programme", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funding programme")},
        {"programme_rate", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Programme rate")},
        {"measure", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Measure")},
        {"measure_location", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Place of learning")},
        {"funding_share", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Funding share")},
        {"enrollment", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Enrollment")},
        {"enrollment_credit", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Credited topic")},
        {"session", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Session")},
        {"attendance", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Attendance")},
        {"certificate", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Certificate")},
        {"app_user", QT_TRANSLATE_NOOP("Verbund::HistoryService", "User")},
        {"consent", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Consent")},
        {"follow_up", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Follow-up")},
        {"exam_deadline", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Exam sitting")},
        {"report_date", QT_TRANSLATE_NOOP("Verbund::HistoryService", "Report date")},
    };
    for (const auto& [name, label] : labels) {
        if (table == QLatin1String(name))
            return HistoryService::tr(label);
    }
    return table;
}

// The table whose row names an entry's row: the session of an attendance mark, the
// enrollment of a certificate.
QString titleTable(const HistoryEntry& entry) {
    return entry.table == QLatin1String("attendance")    ? QStringLiteral("session")
           : entry.table == QLatin1String("certificate") ? QStringLiteral("enrollment")
                                                         : entry.table;
}

using Titles = QHash<QString, QHash<qint64, QString>>;

QString titleText(const QString& table, const QString& title) {
    const QDate date = dateFromIso(title);
    return (table == QLatin1String("session") || table == QLatin1String("consultation")) &&
                   date.isValid()
               ? formatDate(date)
               : title;
}

QString valueText(const FieldSpec* spec, const QVariant& value, const Titles& titles) {
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return QStringLiteral("–");
    const Shown shown = spec ? spec->shown : Shown::Text;
    switch (shown) {
    case Shown::Date: {
        const QDate date = dateFromIso(value.toString());
        return date.isValid() ? formatDate(date) : value.toString();
    }
    case Shown::Number:
        return QLocale().toString(value.toLongLong());
    case Shown::Position:
        return QLocale().toString(value.toLongLong() + 1);
    case Shown::Money:
        return formatMoney(value.toLongLong());
    case Shown::Share:
        return formatShare(value.toInt());
    case Shown::YesNo:
        return value.toLongLong() != 0 ? HistoryService::tr("yes") : HistoryService::tr("no");
    case Shown::Topics: {
        const QString topics = topicLabels(ConsultationTopics::fromInt(value.toInt()));
        return topics.isEmpty() ? QStringLiteral("–") : topics;
    }
    case Shown::Enum:
        return spec->enumLabel(value.toString());
    case Shown::Reference: {
        const QString table = QLatin1String(spec->referenced);
        const qint64 id = value.toLongLong();
        const QString title = titles.value(table).value(id);
        return title.isEmpty() ? HistoryService::tr("no. %1").arg(id) : titleText(table, title);
    }
    case Shown::Text:
        break;
    }
    return value.toString();
}

} // namespace

HistoryService::HistoryService(const Database& database)
    : m_database(database) {}

QString HistoryService::kindLabel(RecordKind kind) {
    return rowLabel(tableOfRecordKind(kind));
}

Result<QList<HistoryLine>> HistoryService::about(RecordKind kind, qint64 id) const {
    const QString table = tableOfRecordKind(kind);
    const HistoryRepository repository(m_database);
    auto entries = repository.entriesAbout(table, id);
    if (!entries)
        return entries.error();
    // What the entries refer to, each table read once.
    QHash<QString, QSet<qint64>> wanted;
    for (const HistoryEntry& entry : std::as_const(*entries)) {
        wanted[titleTable(entry)].insert(entry.recordId);
        for (const FieldChange& change : entry.changes) {
            const FieldSpec* spec = specOf(entry.table, change.column);
            if (!spec || spec->shown != Shown::Reference)
                continue;
            for (const QVariant& value : {change.before, change.after}) {
                if (!value.isNull())
                    wanted[QLatin1String(spec->referenced)].insert(value.toLongLong());
            }
        }
    }
    Titles titles;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        auto read = repository.titles(it.key(), it.value());
        if (!read)
            return read.error();
        titles.insert(it.key(), *read);
    }
    QList<HistoryLine> lines;
    for (const HistoryEntry& entry : std::as_const(*entries)) {
        HistoryLine line;
        line.at = entry.at.toLocalTime();
        line.actor = entry.actor;
        line.erased = entry.erased;
        line.subject = rowLabel(entry.table);
        if (entry.table != table || entry.recordId != id) {
            const QString named = titleTable(entry);
            const QString title = titles.value(named).value(entry.recordId);
            if (!title.isEmpty())
                line.subject += QLatin1Char(' ') + titleText(named, title);
        }
        line.action = enumLabel(entry.action);
        for (const FieldChange& change : entry.changes) {
            const FieldSpec* spec = specOf(entry.table, change.column);
            // What the line names already, made or gone with the row: the record asked
            // about (a contact's organisation in its history), the session of a mark.
            if (entry.action != HistoryAction::Update && spec && spec->shown == Shown::Reference) {
                const QString referenced = QLatin1String(spec->referenced);
                const qint64 target =
                    (change.after.isNull() ? change.before : change.after).toLongLong();
                if ((referenced == table && target == id) ||
                    (referenced == titleTable(entry) && referenced != entry.table &&
                     target == entry.recordId))
                    continue;
            }
            const QString label = spec ? tr(spec->label) : change.column;
            const QString before = valueText(spec, change.before, titles);
            const QString after = valueText(spec, change.after, titles);
            line.changes << (entry.action == HistoryAction::Update
                                 ? QStringLiteral("%1: %2 → %3").arg(label, before, after)
                             : entry.action == HistoryAction::Insert
                                 ? QStringLiteral("%1: %2").arg(label, after)
                                 : QStringLiteral("%1: %2").arg(label, before));
        }
        lines.append(line);
    }
    return lines;
}

} // namespace Verbund
