#include "recordmapping.h"

namespace Verbund {

namespace {

// Reads the own columns of a row in order, starting after the bookkeeping columns.
class RowReader {
public:
    explicit RowReader(const QSqlQuery& query)
        : m_query(query) {}
    QVariant next() { return m_query.value(m_column++); }
    QString text() { return next().toString(); }
    qint64 id() { return next().toLongLong(); }
    QDate date() { return dateFromSql(next()); }
    int number() { return next().toInt(); }
    template <typename E> E enumValue(E fallback) {
        return enumFromKey<E>(text()).value_or(fallback);
    }

private:
    const QSqlQuery& m_query;
    int m_column = RecordStore::FirstColumn;
};

} // namespace

QString RecordMapping<Organisation>::table() {
    return QStringLiteral("organisation");
}

QStringList RecordMapping<Organisation>::columns() {
    return {QStringLiteral("name"),         QStringLiteral("kind"),
            QStringLiteral("sector"),       QStringLiteral("employees"),
            QStringLiteral("street"),       QStringLiteral("postcode"),
            QStringLiteral("city"),         QStringLiteral("site_id"),
            QStringLiteral("phone"),        QStringLiteral("email"),
            QStringLiteral("website"),      QStringLiteral("membership"),
            QStringLiteral("member_since"), QStringLiteral("member_until"),
            QStringLiteral("advisor_id"),   QStringLiteral("notes")};
}

QVariantList RecordMapping<Organisation>::values(const Organisation& o) {
    return {o.name.trimmed(),
            enumKey(o.kind),
            nullIfEmpty(o.sector),
            o.employees ? QVariant(*o.employees) : QVariant(QMetaType::fromType<int>()),
            nullIfEmpty(o.street),
            nullIfEmpty(o.postcode),
            nullIfEmpty(o.city),
            nullIfZero(o.siteId),
            nullIfEmpty(o.phone),
            nullIfEmpty(o.email),
            nullIfEmpty(o.website),
            enumKey(o.membership),
            nullIfInvalid(o.memberSince),
            nullIfInvalid(o.memberUntil),
            nullIfZero(o.advisorId),
            nullIfEmpty(o.notes)};
}

Organisation RecordMapping<Organisation>::read(const QSqlQuery& query) {
    RowReader row(query);
    Organisation o;
    o.name = row.text();
    o.kind = row.enumValue(OrganisationKind::Other);
    o.sector = row.text();
    const QVariant employees = row.next();
    if (!employees.isNull())
        o.employees = employees.toInt();
    o.street = row.text();
    o.postcode = row.text();
    o.city = row.text();
    o.siteId = row.id();
    o.phone = row.text();
    o.email = row.text();
    o.website = row.text();
    o.membership = row.enumValue(Membership::Prospect);
    o.memberSince = row.date();
    o.memberUntil = row.date();
    o.advisorId = row.id();
    o.notes = row.text();
    return o;
}

QString RecordMapping<Contact>::table() {
    return QStringLiteral("contact");
}

QStringList RecordMapping<Contact>::columns() {
    return {QStringLiteral("organisation_id"),
            QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("function"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("notes")};
}

QVariantList RecordMapping<Contact>::values(const Contact& c) {
    return {c.organisationId,        nullIfEmpty(c.firstName), nullIfEmpty(c.lastName),
            nullIfEmpty(c.function), nullIfEmpty(c.email),     nullIfEmpty(c.phone),
            nullIfEmpty(c.notes)};
}

Contact RecordMapping<Contact>::read(const QSqlQuery& query) {
    RowReader row(query);
    Contact c;
    c.organisationId = row.id();
    c.firstName = row.text();
    c.lastName = row.text();
    c.function = row.text();
    c.email = row.text();
    c.phone = row.text();
    c.notes = row.text();
    return c;
}

QString RecordMapping<Consultation>::table() {
    return QStringLiteral("consultation");
}

QStringList RecordMapping<Consultation>::columns() {
    return {QStringLiteral("organisation_id"), QStringLiteral("date"),
            QStringLiteral("advisor_id"),      QStringLiteral("channel"),
            QStringLiteral("topics"),          QStringLiteral("summary"),
            QStringLiteral("outcome"),         QStringLiteral("follow_up")};
}

QVariantList RecordMapping<Consultation>::values(const Consultation& c) {
    return {c.organisationId,       nullIfInvalid(c.date),    nullIfZero(c.advisorId),
            enumKey(c.channel),     int(c.topics.toInt()),    nullIfEmpty(c.summary),
            nullIfEmpty(c.outcome), nullIfInvalid(c.followUp)};
}

Consultation RecordMapping<Consultation>::read(const QSqlQuery& query) {
    RowReader row(query);
    Consultation c;
    c.organisationId = row.id();
    c.date = row.date();
    c.advisorId = row.id();
    c.channel = row.enumValue(ConsultationChannel::OnSite);
    c.topics = ConsultationTopics::fromInt(row.next().toInt());
    c.summary = row.text();
    c.outcome = row.text();
    c.followUp = row.date();
    return c;
}

QString RecordMapping<Staff>::table() {
    return QStringLiteral("staff");
}

QStringList RecordMapping<Staff>::columns() {
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
            QStringLiteral("phone"),      QStringLiteral("site_id"),   QStringLiteral("active")};
}

QVariantList RecordMapping<Staff>::values(const Staff& s) {
    return {nullIfEmpty(s.firstName), nullIfEmpty(s.lastName), nullIfEmpty(s.email),
            nullIfEmpty(s.phone),     nullIfZero(s.siteId),    s.active ? 1 : 0};
}

Staff RecordMapping<Staff>::read(const QSqlQuery& query) {
    RowReader row(query);
    Staff s;
    s.firstName = row.text();
    s.lastName = row.text();
    s.email = row.text();
    s.phone = row.text();
    s.siteId = row.id();
    s.active = row.next().toInt() != 0;
    return s;
}

QString RecordMapping<Site>::table() {
    return QStringLiteral("site");
}

QStringList RecordMapping<Site>::columns() {
    return {QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("notes")};
}

QVariantList RecordMapping<Site>::values(const Site& s) {
    return {s.name.trimmed(), nullIfEmpty(s.city), nullIfEmpty(s.notes)};
}

Site RecordMapping<Site>::read(const QSqlQuery& query) {
    RowReader row(query);
    Site s;
    s.name = row.text();
    s.city = row.text();
    s.notes = row.text();
    return s;
}

QString RecordMapping<Curriculum>::table() {
    return QStringLiteral("curriculum");
}

QStringList RecordMapping<Curriculum>::columns() {
    return {QStringLiteral("title"),  QStringLiteral("target_group"),
            QStringLiteral("goal"),   QStringLiteral("minutes_per_ue"),
            QStringLiteral("status"), QStringLiteral("version")};
}

QVariantList RecordMapping<Curriculum>::values(const Curriculum& c) {
    return {c.title.trimmed(),
            nullIfEmpty(c.targetGroup.trimmed()),
            nullIfEmpty(c.goal.trimmed()),
            c.minutesPerUe,
            enumKey(c.status),
            nullIfEmpty(c.version.trimmed())};
}

Curriculum RecordMapping<Curriculum>::read(const QSqlQuery& query) {
    RowReader row(query);
    Curriculum c;
    c.title = row.text();
    c.targetGroup = row.text();
    c.goal = row.text();
    c.minutesPerUe = row.next().toInt();
    c.status = row.enumValue(CurriculumStatus::Draft);
    c.version = row.text();
    return c;
}

QString RecordMapping<Participant>::table() {
    return QStringLiteral("participant");
}

QStringList RecordMapping<Participant>::columns() {
    return {QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("birth_date"),
            QStringLiteral("gender"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("postcode"),
            QStringLiteral("city"),
            QStringLiteral("employment"),
            QStringLiteral("employer_id"),
            QStringLiteral("referred_by_id"),
            QStringLiteral("prior_qualification"),
            QStringLiteral("entry_conditions"),
            QStringLiteral("consent_date"),
            QStringLiteral("notes")};
}

QVariantList RecordMapping<Participant>::values(const Participant& p) {
    return {nullIfEmpty(p.firstName.trimmed()),
            nullIfEmpty(p.lastName.trimmed()),
            nullIfInvalid(p.birthDate),
            enumKey(p.gender),
            nullIfEmpty(p.email.trimmed()),
            nullIfEmpty(p.phone),
            nullIfEmpty(p.postcode),
            nullIfEmpty(p.city),
            enumKey(p.employment),
            nullIfZero(p.employerId),
            nullIfZero(p.referredById),
            nullIfEmpty(p.priorQualification),
            nullIfEmpty(p.entryConditions),
            nullIfInvalid(p.consentDate),
            nullIfEmpty(p.notes)};
}

Participant RecordMapping<Participant>::read(const QSqlQuery& query) {
    RowReader row(query);
    Participant p;
    p.firstName = row.text();
    p.lastName = row.text();
    p.birthDate = row.date();
    p.gender = row.enumValue(Gender::NotStated);
    p.email = row.text();
    p.phone = row.text();
    p.postcode = row.text();
    p.city = row.text();
    p.employment = row.enumValue(EmploymentStatus::Other);
    p.employerId = row.id();
    p.referredById = row.id();
    p.priorQualification = row.text();
    p.entryConditions = row.text();
    p.consentDate = row.date();
    p.notes = row.text();
    return p;
}

QString RecordMapping<Funder>::table() {
    return QStringLiteral("funder");
}

QStringList RecordMapping<Funder>::columns() {
    return {QStringLiteral("name"), QStringLiteral("organisation_id"), QStringLiteral("notes")};
}

QVariantList RecordMapping<Funder>::values(const Funder& f) {
    return {nullIfEmpty(f.name.trimmed()), nullIfZero(f.organisationId), nullIfEmpty(f.notes)};
}

Funder RecordMapping<Funder>::read(const QSqlQuery& query) {
    RowReader row(query);
    Funder f;
    f.name = row.text();
    f.organisationId = row.id();
    f.notes = row.text();
    return f;
}

QString RecordMapping<Programme>::table() {
    return QStringLiteral("programme");
}

QStringList RecordMapping<Programme>::columns() {
    return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("funder_id")};
}

QVariantList RecordMapping<Programme>::values(const Programme& p) {
    return {p.name.trimmed(), nullIfEmpty(p.description), nullIfZero(p.funderId)};
}

Programme RecordMapping<Programme>::read(const QSqlQuery& query) {
    RowReader row(query);
    Programme p;
    p.name = row.text();
    p.description = row.text();
    p.funderId = row.id();
    return p;
}

QString RecordMapping<Measure>::table() {
    return QStringLiteral("measure");
}

QStringList RecordMapping<Measure>::columns() {
    return {QStringLiteral("title"),
            QStringLiteral("kind"),
            QStringLiteral("qualification_goal"),
            QStringLiteral("curriculum_id"),
            QStringLiteral("provider_id"),
            QStringLiteral("start_date"),
            QStringLiteral("end_date"),
            QStringLiteral("schedule"),
            QStringLiteral("planned_ue"),
            QStringLiteral("capacity"),
            QStringLiteral("status"),
            QStringLiteral("obligation_company_id"),
            QStringLiteral("obligation_count"),
            QStringLiteral("obligation_share"),
            QStringLiteral("cost_mode"),
            QStringLiteral("total_cost"),
            QStringLiteral("cost_per_ue"),
            QStringLiteral("notes"),
            QStringLiteral("minimum_share"),
            QStringLiteral("ends_with_exam")};
}

QVariantList RecordMapping<Measure>::values(const Measure& m) {
    return {m.title.trimmed(),
            enumKey(m.kind),
            nullIfEmpty(m.qualificationGoal.trimmed()),
            nullIfZero(m.curriculumId),
            nullIfZero(m.providerId),
            nullIfInvalid(m.startDate),
            nullIfInvalid(m.endDate),
            nullIfEmpty(m.schedule),
            m.plannedUe,
            m.capacity,
            enumKey(m.status),
            nullIfZero(m.obligation.companyId),
            m.obligation.count ? QVariant(*m.obligation.count)
                               : QVariant(QMetaType::fromType<int>()),
            m.obligation.shareBasisPoints,
            enumKey(m.costMode),
            m.totalCost,
            m.costPerUe,
            nullIfEmpty(m.notes),
            m.minimumShare,
            m.endsWithExam ? 1 : 0};
}

Measure RecordMapping<Measure>::read(const QSqlQuery& query) {
    RowReader row(query);
    Measure m;
    m.title = row.text();
    m.kind = row.enumValue(MeasureKind::Other);
    m.qualificationGoal = row.text();
    m.curriculumId = row.id();
    m.providerId = row.id();
    m.startDate = row.date();
    m.endDate = row.date();
    m.schedule = row.text();
    m.plannedUe = row.number();
    m.capacity = row.number();
    m.status = row.enumValue(MeasureStatus::Planned);
    m.obligation.companyId = row.id();
    if (const QVariant count = row.next(); !count.isNull())
        m.obligation.count = count.toInt();
    m.obligation.shareBasisPoints = row.number();
    m.costMode = row.enumValue(CostMode::Total);
    m.totalCost = row.id();
    m.costPerUe = row.id();
    m.notes = row.text();
    m.minimumShare = row.number();
    m.endsWithExam = row.number() != 0;
    return m;
}

QString RecordMapping<Enrollment>::table() {
    return QStringLiteral("enrollment");
}

QStringList RecordMapping<Enrollment>::columns() {
    return {QStringLiteral("measure_id"),  QStringLiteral("participant_id"),
            QStringLiteral("path"),        QStringLiteral("status"),
            QStringLiteral("start_date"),  QStringLiteral("exit_date"),
            QStringLiteral("exam_date"),   QStringLiteral("exam_result"),
            QStringLiteral("hired_by_id"), QStringLiteral("hired_on"),
            QStringLiteral("notes")};
}

QVariantList RecordMapping<Enrollment>::values(const Enrollment& e) {
    return {e.measureId,
            e.participantId,
            enumKey(e.path),
            enumKey(e.status),
            nullIfInvalid(e.startDate),
            nullIfInvalid(e.exitDate),
            nullIfInvalid(e.examDate),
            enumKey(e.examResult),
            nullIfZero(e.hiredById),
            nullIfInvalid(e.hiredOn),
            nullIfEmpty(e.notes)};
}

Enrollment RecordMapping<Enrollment>::read(const QSqlQuery& query) {
    RowReader row(query);
    Enrollment e;
    e.measureId = row.id();
    e.participantId = row.id();
    e.path = row.enumValue(EnrollmentPath::Other);
    e.status = row.enumValue(EnrollmentStatus::Registered);
    e.startDate = row.date();
    e.exitDate = row.date();
    e.examDate = row.date();
    e.examResult = row.enumValue(ExamResult::None);
    e.hiredById = row.id();
    e.hiredOn = row.date();
    e.notes = row.text();
    return e;
}

QString RecordMapping<Session>::table() {
    return QStringLiteral("session");
}

QStringList RecordMapping<Session>::columns() {
    return {QStringLiteral("measure_id"),  QStringLiteral("date"),    QStringLiteral("start_time"),
            QStringLiteral("end_time"),    QStringLiteral("ue"),      QStringLiteral("topic_id"),
            QStringLiteral("location_id"), QStringLiteral("trainer"), QStringLiteral("notes")};
}

QVariantList RecordMapping<Session>::values(const Session& s) {
    return {s.measureId,
            nullIfInvalid(s.date),
            s.start.isValid() ? QVariant(s.start.toString(QStringLiteral("HH:mm"))) : QVariant(),
            s.end.isValid() ? QVariant(s.end.toString(QStringLiteral("HH:mm"))) : QVariant(),
            s.ue,
            nullIfZero(s.topicId),
            nullIfZero(s.locationId),
            nullIfEmpty(s.trainer.trimmed()),
            nullIfEmpty(s.notes)};
}

Session RecordMapping<Session>::read(const QSqlQuery& query) {
    RowReader row(query);
    Session s;
    s.measureId = row.id();
    s.date = row.date();
    s.start = QTime::fromString(row.text(), QStringLiteral("HH:mm"));
    s.end = QTime::fromString(row.text(), QStringLiteral("HH:mm"));
    s.ue = row.number();
    s.topicId = row.id();
    s.locationId = row.id();
    s.trainer = row.text();
    s.notes = row.text();
    return s;
}

} // namespace Verbund
