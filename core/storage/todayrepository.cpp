#include "todayrepository.h"

#include "../common/dates.h"
#include "../domain/measure.h"
#include "database.h"
#include "enrollmentrepository.h"
#include "measureduties.h"

namespace Verbund {

namespace {

// The list's rows: FROM … WHERE … (with the site's condition), the columns of a TodayRow, and
// the order.
struct ListSql {
    QString from;
    SqlCondition where;
    SqlCondition columns;
    QString order;
};

ListSql listSql(TodayList list, const QDate& day, qint64 siteId) {
    const QString cancelled = enumKey(MeasureStatus::Cancelled);
    const SqlCondition takesPart = EnrollmentRepository::takesPartSql(QStringLiteral("e"));
    const SqlCondition people{
        QStringLiteral("(SELECT count(*) FROM enrollment e WHERE e.measure_id = m.id AND %1)")
            .arg(takesPart.sql),
        takesPart.values};
    const QString sessions = QStringLiteral("session s JOIN measure m ON m.id = s.measure_id");
    const SqlCondition sessionColumns{
        QStringLiteral("m.id, m.title, s.date, s.start_time, s.end_time, "
                       "coalesce(s.trainer, ''), ") +
            people.sql,
        people.values};
    ListSql sql;
    switch (list) {
    case TodayList::SessionsToday:
    case TodayList::SessionsTomorrow:
        sql = {sessions,
               {QStringLiteral("s.date = ? AND m.status <> ?"),
                {isoDate(list == TodayList::SessionsToday ? day : day.addDays(1)), cancelled}},
               sessionColumns,
               QStringLiteral("s.start_time, m.title, s.id")};
        break;
    case TodayList::AttendanceMissing: {
        const SqlCondition missing =
            MeasureDuties::attendanceMissing(day.addDays(1 - TodayRepository::AttendanceAfterDays));
        sql = {sessions,
               {QStringLiteral("s.date >= ? AND ") + missing.sql,
                QVariantList{isoDate(day.addDays(-TodayRepository::AttendanceLookBackDays))} +
                    missing.values},
               sessionColumns,
               QStringLiteral("s.date, s.start_time, m.title, s.id")};
        break;
    }
    case TodayList::EndingSoon:
        sql = {QStringLiteral("measure m"),
               {QStringLiteral("m.end_date >= ? AND m.end_date <= ? AND m.status NOT IN (?, ?)"),
                {isoDate(day), isoDate(day.addDays(TodayRepository::EndingWithinDays)), cancelled,
                 enumKey(MeasureStatus::Completed)}},
               {QStringLiteral("m.id, m.title, m.end_date, NULL, NULL, '', ") + people.sql,
                people.values},
               QStringLiteral("m.end_date, m.title, m.id")};
        break;
    case TodayList::CertificatesMissing: {
        const SqlCondition missing = MeasureDuties::certificatesMissing(day);
        const SqlCondition count = MeasureDuties::certificatesMissingCount();
        sql = {QStringLiteral("measure m"),
               {QStringLiteral("m.end_date >= ? AND ") + missing.sql,
                QVariantList{isoDate(day.addDays(-TodayRepository::EndedLookBackDays))} +
                    missing.values},
               {QStringLiteral("m.id, m.title, m.end_date, NULL, NULL, '', ") + count.sql,
                count.values},
               QStringLiteral("m.end_date DESC, m.title, m.id")};
        break;
    }
    }
    if (siteId > 0) {
        sql.where.sql += QStringLiteral(" AND m.site_id = ?");
        sql.where.values << siteId;
    }
    return sql;
}

} // namespace

TodayRepository::TodayRepository(Database& database)
    : m_database(database) {}

Result<int> TodayRepository::count(TodayList list, const QDate& day, qint64 siteId) const {
    const ListSql sql = listSql(list, day, siteId);
    auto value = m_database.readValue(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(sql.from, sql.where.sql),
        sql.where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QList<TodayRow>> TodayRepository::rows(TodayList list, const QDate& day, qint64 siteId,
                                              int limit) const {
    const ListSql sql = listSql(list, day, siteId);
    auto read = m_database.runRead(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ?")
                                       .arg(sql.columns.sql, sql.from, sql.where.sql, sql.order),
                                   sql.columns.values + sql.where.values + QVariantList{limit});
    if (!read)
        return read.error();
    QList<TodayRow> rows;
    QSqlQuery& query = read->query();
    const auto time = [&query](int column) {
        return QTime::fromString(query.value(column).toString(), QStringLiteral("HH:mm"));
    };
    while (query.next())
        rows << TodayRow{query.value(0).toLongLong(),
                         query.value(1).toString(),
                         dateFromSql(query.value(2)),
                         time(3),
                         time(4),
                         query.value(5).toString(),
                         query.value(6).toInt()};
    return rows;
}

} // namespace Verbund
