#include "figurerepository.h"

#include "../common/dates.h"
#include "../domain/consultation.h"
#include "../domain/enrollment.h"
#include "../domain/measure.h"
#include "../domain/organisation.h"
#include "../domain/participant.h"
#include "../domain/session.h"
#include "database.h"
#include "enrollmentrepository.h"
#include "measurerepository.h"
#include "sql.h"

namespace Verbund {

namespace {

struct BarCondition {
    QString key;
    QString label;
    SqlCondition condition;
};

// The rows a figure counts ("FROM … WHERE …", one row per thing counted), what a record of
// them shows, and the bars' conditions on them.
struct Definition {
    SqlCondition rows;
    // The same rows without the joins only the records need (to count them faster); the
    // rows themselves where empty.
    SqlCondition counted;
    QString id;
    QString name;
    QString date = QStringLiteral("NULL");
    QString detail = QStringLiteral("NULL");
    QString value = QStringLiteral("1"); // what a row adds to its bar
    QList<BarCondition> bars;
};

QString notStated() {
    return FigureRepository::tr("not stated");
}

SqlCondition operator+(const SqlCondition& a, const SqlCondition& b) {
    return {a.sql + b.sql, a.values + b.values};
}

// The rows of the site, or of all sites.
SqlCondition ofSite(const QString& alias, qint64 siteId) {
    return {QStringLiteral(" AND (CAST(? AS BIGINT) = 0 OR %1.site_id = ?)").arg(alias),
            {siteId, siteId}};
}

// The day expression lies within the period.
SqlCondition within(const QString& day, const FigureScope& scope) {
    return {QStringLiteral("%1 >= ? AND %1 <= ?").arg(day),
            {scope.from.isValid() ? isoDate(scope.from) : QStringLiteral("0001-01-01"),
             scope.to.isValid() ? isoDate(scope.to) : QStringLiteral("9999-12-31")}};
}

// One bar per value of the enum, where the column holds its key; optionally one for NULL.
template <typename E>
QList<BarCondition> enumBars(const QString& column, bool withNull, QList<E> values = {}) {
    if (values.isEmpty())
        values = enumValues<E>();
    QList<BarCondition> bars;
    for (const E value : std::as_const(values))
        bars << BarCondition{
            enumKey(value), enumLabel(value), {column + QStringLiteral(" = ?"), {enumKey(value)}}};
    if (withNull)
        bars << BarCondition{
            QStringLiteral("none"), notStated(), {column + QStringLiteral(" IS NULL")}};
    return bars;
}

QList<BarCondition> sizeBars(const QString& alias) {
    const QString employees = alias + QStringLiteral(".employees");
    const auto bar = [&](SizeClass size, const QString& condition) {
        return BarCondition{enumKey(size), enumLabel(size), {condition.arg(employees)}};
    };
    return {bar(SizeClass::Micro, QStringLiteral("%1 < 10")),
            bar(SizeClass::Small, QStringLiteral("%1 >= 10 AND %1 < 50")),
            bar(SizeClass::Medium, QStringLiteral("%1 >= 50 AND %1 < 250")),
            bar(SizeClass::Large, QStringLiteral("%1 >= 250")),
            {QStringLiteral("none"), notStated(), {employees + QStringLiteral(" IS NULL")}}};
}

// Age groups as the funders count them, at the day: born after day − hi years and at or
// before day − lo years; from the birth year alone where only that is known.
QList<BarCondition> ageBars(const QDate& day) {
    const auto band = [&](const QString& key, const QString& label, int lo, int hi) {
        QStringList dates;
        QStringList years;
        QVariantList dateValues;
        QVariantList yearValues;
        if (lo > 0) {
            dates << QStringLiteral("p.birth_date <= ?");
            dateValues << isoDate(day.addYears(-lo));
            years << QStringLiteral("p.birth_year <= ?");
            yearValues << day.year() - lo;
        }
        if (hi > 0) {
            dates << QStringLiteral("p.birth_date > ?");
            dateValues << isoDate(day.addYears(-hi));
            years << QStringLiteral("p.birth_year > ?");
            yearValues << day.year() - hi;
        }
        return BarCondition{
            key,
            label,
            {QStringLiteral("((%1) OR (p.birth_date IS NULL AND %2))")
                 .arg(dates.join(QStringLiteral(" AND ")), years.join(QStringLiteral(" AND "))),
             dateValues + yearValues}};
    };
    return {band(QStringLiteral("under_18"), FigureRepository::tr("under 18"), 0, 18),
            band(QStringLiteral("18_29"), FigureRepository::tr("18 to 29"), 18, 30),
            band(QStringLiteral("30_54"), FigureRepository::tr("30 to 54"), 30, 55),
            band(QStringLiteral("55"), FigureRepository::tr("55 and over"), 55, 0),
            {QStringLiteral("none"),
             notStated(),
             {QStringLiteral("p.birth_date IS NULL AND p.birth_year IS NULL")}}};
}

Definition organisations(const SqlCondition& where) {
    Definition d;
    d.rows = SqlCondition{QStringLiteral("FROM organisation o WHERE ")} + where;
    d.id = QStringLiteral("o.id");
    d.name = QStringLiteral("o.name");
    d.detail = QStringLiteral("o.city");
    return d;
}

Definition consultations(const FigureScope& scope) {
    Definition d;
    d.rows = SqlCondition{QStringLiteral("FROM consultation c JOIN organisation o ON o.id = "
                                         "c.organisation_id WHERE ")} +
             within(QStringLiteral("c.date"), scope) + ofSite(QStringLiteral("o"), scope.siteId);
    d.id = QStringLiteral("o.id");
    d.name = QStringLiteral("o.name");
    d.date = QStringLiteral("c.date");
    d.detail = QStringLiteral("c.summary");
    return d;
}

// The people taking part in a measure of the period.
Definition participants(const FigureScope& scope) {
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    Definition d;
    d.rows = SqlCondition{QStringLiteral("FROM participant p WHERE EXISTS (SELECT 1 FROM "
                                         "enrollment e JOIN measure m ON m.id = e.measure_id "
                                         "WHERE e.participant_id = p.id AND ")} +
             takesPart + SqlCondition{QStringLiteral(" AND ")} +
             MeasureRepository::overlapSql(scope.from, scope.to, QStringLiteral("m.")) +
             ofSite(QStringLiteral("m"), scope.siteId) + SqlCondition{QStringLiteral(")")};
    d.id = QStringLiteral("p.id");
    d.name = lastFirstNameSql(QStringLiteral("p"));
    d.detail = QStringLiteral("p.city");
    return d;
}

// The enrollments that ended in the period (completed or dropped out: their last day, or the
// measure's), as the funders' indicators count exits.
Definition exits(const FigureScope& scope) {
    Definition d;
    d.rows = SqlCondition{QStringLiteral("FROM enrollment e JOIN measure m ON m.id = "
                                         "e.measure_id JOIN participant p ON p.id = "
                                         "e.participant_id WHERE e.status IN (?, ?) AND "),
                          {enumKey(EnrollmentStatus::Completed),
                           enumKey(EnrollmentStatus::DroppedOut)}} +
             within(QStringLiteral("coalesce(e.exit_date, m.end_date)"), scope) +
             ofSite(QStringLiteral("m"), scope.siteId);
    d.id = QStringLiteral("p.id");
    d.name = lastFirstNameSql(QStringLiteral("p"));
    d.date = QStringLiteral("coalesce(e.exit_date, m.end_date)");
    d.detail = QStringLiteral("m.title");
    return d;
}

Definition definition(Figure figure, const FigureScope& scope) {
    const QString member = enumKey(Membership::Member);
    const SqlCondition members =
        SqlCondition{
            QStringLiteral("o.membership = ? AND (o.member_since IS NULL OR "
                           "o.member_since <= ?)"),
            {member, scope.to.isValid() ? isoDate(scope.to) : QStringLiteral("9999-12-31")}} +
        ofSite(QStringLiteral("o"), scope.siteId);
    switch (figure) {
    case Figure::CompaniesAdvised: {
        Definition d = organisations(
            SqlCondition{QStringLiteral("EXISTS (SELECT 1 FROM consultation c WHERE "
                                        "c.organisation_id = o.id AND ")} +
            within(QStringLiteral("c.date"), scope) + SqlCondition{QStringLiteral(")")} +
            ofSite(QStringLiteral("o"), scope.siteId));
        d.bars = sizeBars(QStringLiteral("o"));
        return d;
    }
    case Figure::ConsultationsByTopic: {
        Definition d = consultations(scope);
        for (const ConsultationTopic topic : enumValues<ConsultationTopic>())
            d.bars << BarCondition{enumKey(topic),
                                   enumLabel(topic),
                                   {QStringLiteral("(c.topics & ?) <> 0"), {int(topic)}}};
        return d;
    }
    case Figure::ConsultationsByChannel: {
        Definition d = consultations(scope);
        d.bars = enumBars<ConsultationChannel>(QStringLiteral("c.channel"), false);
        return d;
    }
    case Figure::MembersBySize: {
        Definition d = organisations(members);
        d.bars = sizeBars(QStringLiteral("o"));
        return d;
    }
    case Figure::MembersBySector: {
        Definition d = organisations(members);
        d.bars = enumBars<WzSection>(QStringLiteral("o.wz_section"), true);
        return d;
    }
    case Figure::MeasuresByStatus: {
        Definition d;
        d.rows = SqlCondition{QStringLiteral("FROM measure m WHERE ")} +
                 MeasureRepository::overlapSql(scope.from, scope.to, QStringLiteral("m.")) +
                 ofSite(QStringLiteral("m"), scope.siteId);
        d.id = QStringLiteral("m.id");
        d.name = QStringLiteral("m.title");
        d.date = QStringLiteral("m.start_date");
        d.bars = enumBars<MeasureStatus>(QStringLiteral("m.status"), false);
        return d;
    }
    case Figure::ParticipantsByGender: {
        Definition d = participants(scope);
        d.bars =
            enumBars<Gender>(QStringLiteral("p.gender"), false,
                             {Gender::Female, Gender::Male, Gender::Diverse, Gender::NotStated});
        return d;
    }
    case Figure::ParticipantsByAge: {
        Definition d = participants(scope);
        QDate day = scope.today;
        if (scope.to.isValid() && scope.to < day)
            day = scope.to;
        d.bars = ageBars(day);
        return d;
    }
    case Figure::ParticipantsByEmployment: {
        Definition d = participants(scope);
        d.bars = enumBars<EmploymentStatus>(QStringLiteral("p.employment"), false);
        return d;
    }
    case Figure::TeachingUnits: {
        Definition d;
        d.rows = SqlCondition{QStringLiteral("FROM session s JOIN measure m ON m.id = "
                                             "s.measure_id WHERE m.status <> ? AND "),
                              {enumKey(MeasureStatus::Cancelled)}} +
                 within(QStringLiteral("s.date"), scope) +
                 ofSite(QStringLiteral("m"), scope.siteId);
        d.id = QStringLiteral("m.id");
        d.name = QStringLiteral("m.title");
        d.date = QStringLiteral("s.date");
        d.detail = QStringLiteral("s.trainer");
        d.value = QStringLiteral("s.ue");
        d.bars = {
            {QStringLiteral("planned"), FigureRepository::tr("Planned"), {QStringLiteral("1 = 1")}},
            {QStringLiteral("held"),
             FigureRepository::tr("Held"),
             {QStringLiteral("s.date <= ?"), {isoDate(scope.today)}}}};
        return d;
    }
    case Figure::Attendance: {
        Definition d;
        const SqlCondition sessions =
            within(QStringLiteral("s.date"), scope) + ofSite(QStringLiteral("m"), scope.siteId);
        d.rows = SqlCondition{QStringLiteral(
                     "FROM attendance a JOIN session s ON s.id = a.session_id JOIN enrollment e "
                     "ON e.id = a.enrollment_id JOIN participant p ON p.id = e.participant_id "
                     "JOIN measure m ON m.id = s.measure_id WHERE ")} +
                 sessions;
        // Every attendance has its enrollment and person (required, deleted with them).
        d.counted = SqlCondition{QStringLiteral("FROM attendance a JOIN session s ON s.id = "
                                                "a.session_id JOIN measure m ON m.id = "
                                                "s.measure_id WHERE ")} +
                    sessions;
        d.id = QStringLiteral("p.id");
        d.name = lastFirstNameSql(QStringLiteral("p"));
        d.date = QStringLiteral("s.date");
        d.detail = QStringLiteral("m.title");
        d.bars = enumBars<AttendanceState>(QStringLiteral("a.state"), false);
        return d;
    }
    case Figure::ExamResults: {
        Definition d = exits(scope);
        d.bars = {{enumKey(ExamResult::Passed),
                   FigureRepository::tr("Passed"),
                   {QStringLiteral("e.exam_result = ?"), {enumKey(ExamResult::Passed)}}},
                  {enumKey(ExamResult::Failed),
                   FigureRepository::tr("Failed"),
                   {QStringLiteral("e.exam_result = ?"), {enumKey(ExamResult::Failed)}}},
                  {enumKey(ExamResult::None),
                   FigureRepository::tr("No exam result"),
                   {QStringLiteral("e.exam_result = ?"), {enumKey(ExamResult::None)}}}};
        return d;
    }
    case Figure::ExitsByStatus: {
        Definition d = exits(scope);
        d.bars = enumBars<Verbund::ExitStatus>(QStringLiteral("e.exit_status"), true);
        return d;
    }
    case Figure::HiringObligations:
    case Figure::Funding:
        break;
    }
    return {};
}

} // namespace

FigureRepository::FigureRepository(Database& database)
    : m_database(database) {}

bool FigureRepository::counts(Figure figure) {
    return figure != Figure::HiringObligations && figure != Figure::Funding;
}

RecordKind FigureRepository::recordKind(Figure figure) {
    switch (figure) {
    case Figure::CompaniesAdvised:
    case Figure::ConsultationsByTopic:
    case Figure::ConsultationsByChannel:
    case Figure::MembersBySize:
    case Figure::MembersBySector:
        return RecordKind::Organisation;
    case Figure::MeasuresByStatus:
    case Figure::TeachingUnits:
    case Figure::HiringObligations:
    case Figure::Funding:
        return RecordKind::Measure;
    case Figure::ParticipantsByGender:
    case Figure::ParticipantsByAge:
    case Figure::ParticipantsByEmployment:
    case Figure::Attendance:
    case Figure::ExamResults:
    case Figure::ExitsByStatus:
        return RecordKind::Participant;
    }
    return RecordKind::Measure;
}

QString FigureRepository::dateHeader(Figure figure) {
    switch (figure) {
    case Figure::ConsultationsByTopic:
    case Figure::ConsultationsByChannel:
        return tr("Consultation");
    case Figure::MeasuresByStatus:
    case Figure::HiringObligations:
    case Figure::Funding:
        return tr("Start");
    case Figure::TeachingUnits:
    case Figure::Attendance:
        return tr("Session");
    case Figure::ExamResults:
    case Figure::ExitsByStatus:
        return tr("Exit");
    default:
        return {};
    }
}

QString FigureRepository::detailHeader(Figure figure) {
    switch (figure) {
    case Figure::CompaniesAdvised:
    case Figure::MembersBySize:
    case Figure::MembersBySector:
    case Figure::ParticipantsByGender:
    case Figure::ParticipantsByAge:
    case Figure::ParticipantsByEmployment:
        return tr("City");
    case Figure::ConsultationsByTopic:
    case Figure::ConsultationsByChannel:
        return tr("Summary");
    case Figure::TeachingUnits:
        return tr("Trainer");
    case Figure::Attendance:
    case Figure::ExamResults:
    case Figure::ExitsByStatus:
        return tr("Measure");
    default:
        return {};
    }
}

Result<QHash<Figure, QList<FigureBar>>> FigureRepository::bars(const QList<Figure>& figures,
                                                               const FigureScope& scope) const {
    // The figures that count the same rows the same way, each group in one query.
    struct Group {
        SqlCondition rows;
        QString value;
        QList<std::pair<Figure, Definition>> figures;
    };
    QList<Group> groups;
    for (const Figure figure : figures) {
        Definition d = definition(figure, scope);
        const SqlCondition rows = d.counted.sql.isEmpty() ? d.rows : d.counted;
        const auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.rows.sql == rows.sql && g.rows.values == rows.values && g.value == d.value;
        });
        if (same == groups.end())
            groups << Group{rows, d.value, {{figure, d}}};
        else
            same->figures << std::pair{figure, d};
    }
    QHash<Figure, QList<FigureBar>> result;
    for (const Group& group : std::as_const(groups)) {
        QStringList sums;
        QVariantList values;
        for (const auto& [figure, d] : group.figures) {
            for (const BarCondition& bar : d.bars) {
                sums << QStringLiteral("coalesce(sum(CASE WHEN %1 THEN %2 ELSE 0 END), 0)")
                            .arg(bar.condition.sql, group.value);
                values << bar.condition.values;
            }
        }
        auto read = m_database.runRead(
            QStringLiteral("SELECT %1 %2").arg(sums.join(QStringLiteral(", ")), group.rows.sql),
            values + group.rows.values);
        if (!read)
            return read.error();
        QSqlQuery& query = read->query();
        const bool found = query.next();
        int column = 0;
        for (const auto& [figure, d] : group.figures) {
            QList<FigureBar>& bars = result[figure];
            for (const BarCondition& bar : d.bars)
                bars << FigureBar{bar.key, bar.label,
                                  found ? query.value(column++).toLongLong() : 0};
        }
    }
    return result;
}

Result<QList<FigureRecord>> FigureRepository::records(Figure figure, const FigureScope& scope,
                                                      const QString& key, int offset,
                                                      int limit) const {
    const Definition d = definition(figure, scope);
    SqlCondition bar{QStringLiteral("1 = 0")};
    for (const BarCondition& candidate : d.bars) {
        if (candidate.key == key)
            bar = candidate.condition;
    }
    auto read = m_database.runRead(
        QStringLiteral("SELECT %1, %2, %3, %4 %5 AND (%6) ORDER BY 2, 3, 1 LIMIT ? OFFSET ?")
            .arg(d.id, d.name, d.date, d.detail, d.rows.sql, bar.sql),
        d.rows.values + bar.values + QVariantList{limit, offset});
    if (!read)
        return read.error();
    QList<FigureRecord> records;
    QSqlQuery& query = read->query();
    while (query.next())
        records << FigureRecord{query.value(0).toLongLong(), query.value(1).toString(),
                                dateFromSql(query.value(2)), query.value(3).toString()};
    return records;
}

Result<QList<FigureRecord>> FigureRepository::measures(const QList<qint64>& ids, int offset,
                                                       int limit) const {
    if (ids.isEmpty())
        return QList<FigureRecord>{};
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto read = m_database.runRead(
        QStringLiteral("SELECT id, title, start_date FROM measure WHERE id IN (%1) ORDER BY "
                       "title, start_date, id LIMIT ? OFFSET ?")
            .arg(marks.join(QStringLiteral(", "))),
        values + QVariantList{limit, offset});
    if (!read)
        return read.error();
    QList<FigureRecord> records;
    QSqlQuery& query = read->query();
    while (query.next())
        records << FigureRecord{query.value(0).toLongLong(),
                                query.value(1).toString(),
                                dateFromSql(query.value(2)),
                                {}};
    return records;
}

} // namespace Verbund
