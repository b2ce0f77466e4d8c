#include "recordmapping.h"

namespace Verbund {

using namespace Fields;

template <> const FieldTable<Organisation>& RecordMapping<Organisation>::fields() {
    using O = Organisation;
    static const FieldTable<O> table(
        QStringLiteral("organisation"),
        {name("name", &O::name), key("kind", &O::kind, OrganisationKind::Other),
         text("sector", &O::sector), optionalNumber("employees", &O::employees),
         optionalKey("wz_section", &O::wzSection), text("street", &O::street),
         text("postcode", &O::postcode), text("city", &O::city), reference("site_id", &O::siteId),
         text("phone", &O::phone), text("email", &O::email), text("website", &O::website),
         key("membership", &O::membership, Membership::Prospect),
         date("member_since", &O::memberSince), date("member_until", &O::memberUntil),
         reference("advisor_id", &O::advisorId), text("notes", &O::notes)});
    return table;
}

template <> const FieldTable<Contact>& RecordMapping<Contact>::fields() {
    using C = Contact;
    static const FieldTable<C> table(
        QStringLiteral("contact"),
        {owner("organisation_id", &C::organisationId), text("first_name", &C::firstName),
         text("last_name", &C::lastName), optionalKey("salutation", &C::salutation),
         text("academic_title", &C::academicTitle), text("function", &C::function),
         text("email", &C::email), text("phone", &C::phone), text("mobile", &C::mobile),
         text("notes", &C::notes), date("erased_on", &C::erasedOn)});
    return table;
}

template <> const FieldTable<Consultation>& RecordMapping<Consultation>::fields() {
    using C = Consultation;
    static const FieldTable<C> table(
        QStringLiteral("consultation"),
        {owner("organisation_id", &C::organisationId),
         date("date", &C::date),
         reference("advisor_id", &C::advisorId),
         key("channel", &C::channel, ConsultationChannel::OnSite),
         {QStringLiteral("topics"), [](const C& c) { return QVariant(int(c.topics.toInt())); },
          [](C& c, const QVariant& v) { c.topics = ConsultationTopics::fromInt(v.toInt()); }},
         text("summary", &C::summary),
         text("outcome", &C::outcome),
         date("follow_up", &C::followUp)});
    return table;
}

template <> const FieldTable<Staff>& RecordMapping<Staff>::fields() {
    using S = Staff;
    static const FieldTable<S> table(QStringLiteral("staff"),
                                     {text("first_name", &S::firstName),
                                      text("last_name", &S::lastName), text("email", &S::email),
                                      text("phone", &S::phone), reference("site_id", &S::siteId),
                                      flag("active", &S::active)});
    return table;
}

template <> const FieldTable<Site>& RecordMapping<Site>::fields() {
    using S = Site;
    static const FieldTable<S> table(
        QStringLiteral("site"),
        {name("name", &S::name), text("city", &S::city), text("notes", &S::notes)});
    return table;
}

template <> const FieldTable<Curriculum>& RecordMapping<Curriculum>::fields() {
    using C = Curriculum;
    static const FieldTable<C> table(
        QStringLiteral("curriculum"),
        {name("title", &C::title), trimmedText("target_group", &C::targetGroup),
         trimmedText("goal", &C::goal), number("minutes_per_ue", &C::minutesPerUe),
         key("status", &C::status, CurriculumStatus::Draft), trimmedText("version", &C::version)});
    return table;
}

template <> const FieldTable<Participant>& RecordMapping<Participant>::fields() {
    using P = Participant;
    static const FieldTable<P> table(
        QStringLiteral("participant"),
        {trimmedText("first_name", &P::firstName), trimmedText("last_name", &P::lastName),
         date("birth_date", &P::birthDate), key("gender", &P::gender, Gender::NotStated),
         trimmedText("email", &P::email), text("phone", &P::phone), text("postcode", &P::postcode),
         text("city", &P::city), key("employment", &P::employment, EmploymentStatus::Other),
         reference("employer_id", &P::employerId), reference("referred_by_id", &P::referredById),
         text("prior_qualification", &P::priorQualification),
         text("entry_conditions", &P::entryConditions), date("consent_date", &P::consentDate),
         text("notes", &P::notes), optionalNumber("birth_year", &P::birthYear),
         date("erased_on", &P::erasedOn), optionalKey("education", &P::education),
         date("unemployed_since", &P::unemployedSince)});
    return table;
}

template <> const FieldTable<Funder>& RecordMapping<Funder>::fields() {
    using F = Funder;
    static const FieldTable<F> table(QStringLiteral("funder"),
                                     {trimmedText("name", &F::name),
                                      reference("organisation_id", &F::organisationId),
                                      text("notes", &F::notes)});
    return table;
}

template <> const FieldTable<Programme>& RecordMapping<Programme>::fields() {
    using P = Programme;
    static const FieldTable<P> table(QStringLiteral("programme"),
                                     {name("name", &P::name), text("description", &P::description),
                                      reference("funder_id", &P::funderId)});
    return table;
}

template <> const FieldTable<Measure>& RecordMapping<Measure>::fields() {
    using M = Measure;
    static const FieldTable<M> table(
        QStringLiteral("measure"),
        {name("title", &M::title),
         key("kind", &M::kind, MeasureKind::Other),
         trimmedText("qualification_goal", &M::qualificationGoal),
         reference("curriculum_id", &M::curriculumId),
         reference("provider_id", &M::providerId),
         date("start_date", &M::startDate),
         date("end_date", &M::endDate),
         text("schedule", &M::schedule),
         number("planned_ue", &M::plannedUe),
         number("capacity", &M::capacity),
         key("status", &M::status, MeasureStatus::Planned),
         {QStringLiteral("obligation_company_id"),
          [](const M& m) { return nullIfZero(m.obligation.companyId); },
          [](M& m, const QVariant& v) { m.obligation.companyId = v.toLongLong(); }},
         {QStringLiteral("obligation_count"),
          [](const M& m) {
              return m.obligation.count ? QVariant(*m.obligation.count)
                                        : QVariant(QMetaType::fromType<int>());
          },
          [](M& m, const QVariant& v) {
              m.obligation.count = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
          }},
         {QStringLiteral("obligation_share"),
          [](const M& m) { return QVariant(m.obligation.shareBasisPoints); },
          [](M& m, const QVariant& v) { m.obligation.shareBasisPoints = v.toInt(); }},
         key("cost_mode", &M::costMode, CostMode::Total),
         amount("total_cost", &M::totalCost),
         amount("cost_per_ue", &M::costPerUe),
         text("notes", &M::notes),
         number("minimum_share", &M::minimumShare),
         flag("ends_with_exam", &M::endsWithExam),
         reference("site_id", &M::siteId),
         {QStringLiteral("hiring_check_months"),
          [](const M& m) {
              return m.obligation.checkAfterMonths ? QVariant(*m.obligation.checkAfterMonths)
                                                   : QVariant(QMetaType::fromType<int>());
          },
          [](M& m, const QVariant& v) {
              m.obligation.checkAfterMonths =
                  v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
          }}});
    return table;
}

template <> const FieldTable<User>& RecordMapping<User>::fields() {
    using U = User;
    static const FieldTable<U> table(
        QStringLiteral("app_user"),
        {text("login", &U::login), text("name", &U::name), key("role", &U::role, UserRole::Reader),
         reference("site_id", &U::siteId), flag("active", &U::active)});
    return table;
}

template <> const FieldTable<Consent>& RecordMapping<Consent>::fields() {
    using C = Consent;
    static const FieldTable<C> table(
        QStringLiteral("consent"),
        {owner("participant_id", &C::participantId),
         key("purpose", &C::purpose, ConsentPurpose::Processing), date("given_on", &C::givenOn),
         key("how", &C::how, ConsentWay::Written), trimmedText("text_version", &C::textVersion),
         date("withdrawn_on", &C::withdrawnOn)});
    return table;
}

template <> const FieldTable<Enrollment>& RecordMapping<Enrollment>::fields() {
    using E = Enrollment;
    static const FieldTable<E> table(
        QStringLiteral("enrollment"),
        {owner("measure_id", &E::measureId), owner("participant_id", &E::participantId),
         key("path", &E::path, EnrollmentPath::Other),
         key("status", &E::status, EnrollmentStatus::Registered), date("start_date", &E::startDate),
         date("exit_date", &E::exitDate), date("exam_date", &E::examDate),
         key("exam_result", &E::examResult, ExamResult::None),
         reference("hired_by_id", &E::hiredById), date("hired_on", &E::hiredOn),
         text("notes", &E::notes), optionalKey("exit_status", &E::exitStatus)});
    return table;
}

template <> const FieldTable<Session>& RecordMapping<Session>::fields() {
    using S = Session;
    static const FieldTable<S> table(
        QStringLiteral("session"),
        {owner("measure_id", &S::measureId), date("date", &S::date), time("start_time", &S::start),
         time("end_time", &S::end), number("ue", &S::ue), reference("topic_id", &S::topicId),
         reference("location_id", &S::locationId), trimmedText("trainer", &S::trainer),
         text("notes", &S::notes)});
    return table;
}

namespace {

// One of the follow-up's subject columns: the subject's id there, NULL in the others.
TableField<FollowUp> subjectColumn(const char* column, FollowUpSubject subject) {
    return {QLatin1String(column),
            [subject](const FollowUp& f) {
                return f.subject == subject ? QVariant(f.subjectId)
                                            : QVariant(QMetaType::fromType<qint64>());
            },
            [subject](FollowUp& f, const QVariant& v) {
                if (!v.isNull()) {
                    f.subject = subject;
                    f.subjectId = v.toLongLong();
                }
            }};
}

} // namespace

template <> const FieldTable<FollowUp>& RecordMapping<FollowUp>::fields() {
    using F = FollowUp;
    static const FieldTable<F> table(
        QStringLiteral("follow_up"),
        {subjectColumn("organisation_id", FollowUpSubject::Organisation),
         subjectColumn("contact_id", FollowUpSubject::Contact),
         subjectColumn("participant_id", FollowUpSubject::Participant),
         subjectColumn("measure_id", FollowUpSubject::Measure),
         subjectColumn("funder_id", FollowUpSubject::Funder),
         reference("consultation_id", &F::consultationId),
         date("due_on", &F::dueOn),
         reference("owner_id", &F::ownerId),
         trimmedText("text", &F::text),
         date("done_on", &F::doneOn),
         {QStringLiteral("rule"),
          [](const F& f) { return f.rule ? QVariant(enumKey(*f.rule)) : QVariant(); },
          [](F& f, const QVariant& v) {
              f.rule = v.isNull() ? std::nullopt : enumFromKey<FollowUpRule>(v.toString());
          }},
         reference("rule_ref", &F::ruleRef),
         date("rule_date", &F::ruleDate)});
    return table;
}

template <> const FieldTable<ExamDeadline>& RecordMapping<ExamDeadline>::fields() {
    using E = ExamDeadline;
    static const FieldTable<E> table(QStringLiteral("exam_deadline"),
                                     {owner("chamber_id", &E::chamberId), name("title", &E::title),
                                      date("registration_by", &E::registrationBy),
                                      date("exam_on", &E::examOn)});
    return table;
}

template <> const FieldTable<ReportDate>& RecordMapping<ReportDate>::fields() {
    using R = ReportDate;
    static const FieldTable<R> table(
        QStringLiteral("report_date"),
        {owner("funder_id", &R::funderId), name("title", &R::title), date("due_on", &R::dueOn)});
    return table;
}

} // namespace Verbund
