#include "listquery.h"

#include "database.h"

#include <algorithm>

namespace Verbund {

QList<SqlCondition> ListQuery::orderTerms(const ListRequest& request) const {
    QList<SqlCondition> terms;
    if (!sortTerms.isEmpty())
        terms = sortTerms.at(qBound(0, request.sortColumn, int(sortTerms.size()) - 1));
    const auto sameSql = [](const SqlCondition& a, const SqlCondition& b) {
        return a.sql == b.sql;
    };
    if (!std::equal(terms.begin(), terms.end(), tieBreakers.begin(), tieBreakers.end(), sameSql))
        terms += tieBreakers;
    terms << SqlCondition(key);
    return terms;
}

SqlCondition ListQuery::joined(const QList<SqlCondition>& terms, const QString& suffix) {
    SqlCondition result;
    for (const SqlCondition& term : terms) {
        if (!result.sql.isEmpty())
            result.sql += QStringLiteral(", ");
        result.sql += term.sql + suffix;
        result.values += term.values;
    }
    return result;
}

SqlCondition ListQuery::aliased(const QList<SqlCondition>& terms, QChar prefix) {
    SqlCondition columns;
    for (int i = 0; i < terms.size(); ++i) {
        columns.sql += (i ? QStringLiteral(", ") : QString()) +
                       QStringLiteral("%1 AS %2%3").arg(terms.at(i).sql).arg(prefix).arg(i);
        columns.values += terms.at(i).values;
    }
    return columns;
}

SqlCondition ListQuery::recordTerms(const QList<SqlCondition>& terms, qint64 id) const {
    SqlCondition record = aliased(terms, QLatin1Char('t'));
    record.sql = QStringLiteral("WITH r AS MATERIALIZED (SELECT %1 FROM %2 WHERE %3 = ?) ")
                     .arg(record.sql, from, key);
    record.values << id;
    return record;
}

QList<SqlCondition> ListQuery::sideOfRecord(const QList<SqlCondition>& terms, const QString& beyond,
                                            const QString& last) {
    QList<SqlCondition> levels;
    for (int i = 0; i < terms.size(); ++i) {
        SqlCondition level;
        for (int j = 0; j <= i; ++j) {
            const QString op =
                j < i ? QStringLiteral(" = ") : (i + 1 < terms.size() ? beyond : last);
            if (j > 0)
                level.sql += QStringLiteral(" AND ");
            level.sql += terms.at(j).sql + op + QStringLiteral("(SELECT t%1 FROM r)").arg(j);
            level.values += terms.at(j).values;
        }
        levels << level;
    }
    return levels;
}

Result<KeptRead> ListQuery::page(const Database& db, const ListRequest& request) const {
    const QList<SqlCondition> terms = orderTerms(request);
    const bool descending = request.order == Qt::DescendingOrder;
    const SqlCondition order = joined(terms, descending ? QStringLiteral(" DESC") : QString());
    if (!request.keys.isEmpty()) {
        QStringList marks;
        QVariantList values = columns.values;
        for (qint64 id : request.keys) {
            marks << QStringLiteral("?");
            values << id;
        }
        values += order.values;
        return db.runRead(QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY %5")
                              .arg(columns.sql, from, key, marks.join(QLatin1Char(',')), order.sql),
                          values);
    }
    // The keys along the order's index from the list's start or end, or from a record,
    // skipping `offset` of them; the rows themselves in the list's order.
    const ListRequest::Seek seek = request.seek.value_or(ListRequest::Seek{});
    const QString walkDirection =
        descending != seek.backwards ? QStringLiteral(" DESC") : QString();
    const SqlCondition walk = joined(terms, walkDirection);
    if (!seek.from) {
        QVariantList values = columns.values + where.values + walk.values;
        values << request.limit << request.offset;
        values += order.values;
        return db.runRead(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %2 WHERE %4 "
                           "ORDER BY %5 LIMIT ? OFFSET ?) ORDER BY %6")
                .arg(columns.sql, from, key, where.sql, walk.sql, order.sql),
            values);
    }
    // From a record: the rows beyond it in each term, each a range of the order's index
    // (names repeat: a range on the name alone would walk every namesake before the record),
    // the first rows of each taken together.
    const SqlCondition record = recordTerms(terms, *seek.from);
    const bool lower = descending != seek.backwards;
    const QList<SqlCondition> levels =
        sideOfRecord(terms, lower ? QStringLiteral(" < ") : QStringLiteral(" > "),
                     seek.inclusive ? (lower ? QStringLiteral(" <= ") : QStringLiteral(" >= "))
                                    : (lower ? QStringLiteral(" < ") : QStringLiteral(" > ")));
    // Each level's terms as s0, s1, …, so that the levels together are sorted by them alone;
    // the key is the last term.
    const SqlCondition sorted = aliased(terms, QLatin1Char('s'));
    QStringList sortedBy;
    for (int i = 0; i < terms.size(); ++i)
        sortedBy << QStringLiteral("s%1%2").arg(i).arg(walkDirection);
    QVariantList values = record.values + columns.values;
    QStringList arms;
    for (int i = 0; i < levels.size(); ++i) {
        // Ordered by the terms not held equal, so that SQLite sees the index gives the order.
        const SqlCondition rest = joined(terms.mid(i), walkDirection);
        arms << QStringLiteral("SELECT * FROM (SELECT %1 FROM %2 WHERE (%3) AND %4 ORDER BY %5 "
                               "LIMIT ?) AS level%6")
                    .arg(sorted.sql, from, where.sql, levels.at(i).sql, rest.sql)
                    .arg(i);
        values += sorted.values + where.values + levels.at(i).values + rest.values;
        values << request.limit + request.offset;
    }
    values << request.limit << request.offset;
    values += order.values;
    return db.runRead(record.sql +
                          QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT s%4 FROM (%5) "
                                         "AS levels ORDER BY %6 LIMIT ? OFFSET ?) ORDER BY %7")
                              .arg(columns.sql, from, key)
                              .arg(terms.size() - 1)
                              .arg(arms.join(QStringLiteral(" UNION ALL ")),
                                   sortedBy.join(QStringLiteral(", ")), order.sql),
                      values);
}

Result<QList<qint64>> ListQuery::keys(const Database& db, const ListRequest& request) const {
    const SqlCondition order =
        joined(orderTerms(request),
               request.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString());
    auto read = db.runRead(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                               .arg(key, from, where.sql, order.sql),
                           where.values + order.values);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QList<qint64> result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

bool ListQuery::filtered() const {
    return where.sql != QLatin1String("TRUE");
}

Result<int> ListQuery::count(const Database& db) const {
    // Without a condition SQLite counts a table from its pages alone.
    const QString sql =
        filtered() ? QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, where.sql)
                   : QStringLiteral("SELECT count(*) FROM %1").arg(from);
    auto value = db.readValue(sql, where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<int> ListQuery::position(const Database& db, const ListRequest& request, qint64 id) const {
    // Filtered, the rows the filter matches are read in one pass anyway: the record's place
    // among their keys.
    if (filtered()) {
        auto all = keys(db, request);
        if (!all)
            return all.error();
        return int(all->indexOf(id));
    }
    const QList<SqlCondition> terms = orderTerms(request);
    const QString before =
        request.order == Qt::DescendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    // The record's terms once (r); the rows before it are those before it by the first term,
    // those equal in it and before it by the second, and so on: one count per level, each a
    // range of the order's index when there is one.
    const SqlCondition record = recordTerms(terms, id);
    QVariantList values = record.values;
    QStringList counts;
    for (const SqlCondition& level : sideOfRecord(terms, before, before)) {
        counts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2)").arg(from, level.sql);
        values += level.values;
    }
    auto value =
        db.readValue(record.sql + QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM r) "
                                                 "THEN %1 ELSE -1 END")
                                      .arg(counts.join(QStringLiteral(" + "))),
                     values);
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace Verbund
