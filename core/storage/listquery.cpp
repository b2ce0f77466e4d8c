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

Result<int> ListQuery::count(const QSqlDatabase& db) const {
    auto value = sqlValue(
        db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, where.sql), where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<int> ListQuery::position(const QSqlDatabase& db, const ListRequest& request,
                                qint64 id) const {
    const SqlCondition terms = joined(orderTerms(request));
    const QString before =
        request.order == Qt::DescendingOrder ? QStringLiteral(">") : QStringLiteral("<");
    // The record's own terms come from a subquery over the same tables: its names shadow the
    // outer ones, so the same terms read the record there and each counted row here.
    const QString sql =
        QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 AND %3 = ?) "
                       "THEN (SELECT count(*) FROM %1 WHERE %2 AND (%4) %5 "
                       "(SELECT %4 FROM %1 WHERE %3 = ?)) ELSE -1 END")
            .arg(from, where.sql, key, terms.sql, before);
    QVariantList values = where.values;
    values << id;
    values += where.values + terms.values + terms.values;
    values << id;
    auto value = sqlValue(db, sql, values);
    if (!value)
        return value.error();
    return value->toInt();
}

} // namespace Verbund
