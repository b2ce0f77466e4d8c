#include "listquery.h"

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

Result<QSqlQuery> ListQuery::page(const QSqlDatabase& db, const ListRequest& request) const {
    const SqlCondition order =
        joined(orderTerms(request),
               request.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString());
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (SELECT %3 FROM %2 WHERE "
                                       "%4 ORDER BY %5 LIMIT ? OFFSET ?) ORDER BY %5")
                            .arg(columns.sql, from, key, where.sql, order.sql);
    QVariantList values = columns.values + where.values + order.values;
    values << request.limit << request.offset;
    values += order.values;
    return runSql(db, sql, values);
}

bool ListQuery::filtered() const {
    return where.sql != QLatin1String("1");
}

Result<int> ListQuery::count(const QSqlDatabase& db) const {
    // Without a condition SQLite counts a table from its pages alone.
    const QString sql =
        filtered() ? QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, where.sql)
                   : QStringLiteral("SELECT count(*) FROM %1").arg(from);
    auto value = sqlValue(db, sql, where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<int> ListQuery::position(const QSqlDatabase& db, const ListRequest& request,
                                qint64 id) const {
    const QList<SqlCondition> terms = orderTerms(request);
    const QString before =
        request.order == Qt::DescendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    // The record's terms once (r); the rows before it are those before it by the first term,
    // those equal in it and before it by the second, and so on.
    QStringList recordTerms;
    QVariantList values;
    for (int i = 0; i < terms.size(); ++i) {
        recordTerms << QStringLiteral("%1 AS t%2").arg(terms.at(i).sql).arg(i);
        values += terms.at(i).values;
    }
    values << id;
    QStringList ranges;
    QList<QVariantList> rangeValues;
    for (int i = 0; i < terms.size(); ++i) {
        QStringList range;
        QVariantList bound;
        for (int j = 0; j <= i; ++j) {
            range << terms.at(j).sql + (j < i ? QStringLiteral(" = ") : before) +
                         QStringLiteral("r.t%1").arg(j);
            bound += terms.at(j).values;
        }
        ranges << range.join(QStringLiteral(" AND "));
        rangeValues << bound;
    }
    // Without a filter, one count per range, each a range of the order's index when there is
    // one; with a filter, one pass over the rows it matches, which also tells whether the
    // record is among them, so that the filter is looked up once.
    QString sql;
    const QString record = QStringLiteral("r.t%1").arg(terms.size() - 1);
    if (filtered()) {
        sql = QStringLiteral("WITH r AS MATERIALIZED (SELECT %1 FROM %2 WHERE %3 = ?) "
                             "SELECT CASE WHEN max(%3 = %4) THEN sum(CASE WHEN (%5) THEN 1 "
                             "ELSE 0 END) ELSE -1 END FROM %2, r WHERE %6")
                  .arg(recordTerms.join(QStringLiteral(", ")), from, key, record,
                       ranges.join(QStringLiteral(") OR (")), where.sql);
        for (const QVariantList& bound : std::as_const(rangeValues))
            values += bound;
        values += where.values;
    } else {
        QStringList counts;
        for (int i = 0; i < ranges.size(); ++i) {
            counts
                << QStringLiteral("(SELECT count(*) FROM %1, r WHERE %2)").arg(from, ranges.at(i));
            values += rangeValues.at(i);
        }
        sql = QStringLiteral("WITH r AS MATERIALIZED (SELECT %1 FROM %2 WHERE %3 = ?) "
                             "SELECT CASE WHEN EXISTS (SELECT 1 FROM r) THEN %4 ELSE -1 END")
                  .arg(recordTerms.join(QStringLiteral(", ")), from, key,
                       counts.join(QStringLiteral(" + ")));
    }
    auto value = sqlValue(db, sql, values);
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace Verbund
