#include "listrequest.h"

#include <limits>

namespace Verbund {

ListRequest ListRequest::everything() {
    ListRequest request;
    request.limit = std::numeric_limits<int>::max();
    return request;
}

SqlCondition wordFilter(const QString& filter, const QStringList& likeExpressions,
                        const std::function<SqlCondition(const QString& word)>& extra) {
    SqlCondition condition{QStringLiteral("1"), {}};
    const QStringList words = filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QStringList alternatives;
        for (const QString& expression : likeExpressions) {
            alternatives << expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
            condition.values << likePattern(word);
        }
        if (extra) {
            const SqlCondition more = extra(word);
            alternatives << more.sql;
            condition.values += more.values;
        }
        condition.sql +=
            QStringLiteral(" AND (") + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return condition;
}

SqlCondition keyIn(const QString& column, const QStringList& keys) {
    if (keys.isEmpty())
        return {QStringLiteral("0"), {}};
    QStringList placeholders(keys.size(), QStringLiteral("?"));
    QVariantList values;
    for (const QString& key : keys)
        values << key;
    return {column + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) +
                QLatin1Char(')'),
            values};
}

Result<QSqlQuery> runListQuery(const QSqlDatabase& db, const SqlCondition& select,
                               const SqlCondition& where,
                               const QList<SqlCondition>& orderExpressions,
                               const QString& tieBreaker, const ListRequest& request) {
    const int column = qBound(0, request.sortColumn, int(orderExpressions.size()) - 1);
    const SqlCondition& order = orderExpressions.at(column);
    const QString direction =
        request.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    const QString sql = select.sql + QStringLiteral(" WHERE ") + where.sql +
                        QStringLiteral(" ORDER BY ") + order.sql + direction +
                        QStringLiteral(", ") + tieBreaker + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList values = select.values + where.values + order.values;
    values << request.limit << request.offset;
    return runSql(db, sql, values);
}

} // namespace Verbund
