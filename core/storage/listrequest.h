#pragma once

#include "../domain/enumtext.h"
#include "sql.h"

#include <functional>

namespace Verbund {

// One page of a list as a view asks for it: filter text, sort column and order, window.
struct ListRequest {
    QString filter;
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;

    // The whole list, unfiltered, in its first column's order.
    static ListRequest everything();
};

// A WHERE condition for filter text: every word must match at least one of the
// expressions (LIKE, case-insensitive) or the extra condition made for that word.
SqlCondition wordFilter(const QString& filter, const QStringList& likeExpressions,
                        const std::function<SqlCondition(const QString& word)>& extra = {});

// "(column IN (?, ?, …))" for the keys, or an always-false condition when there are none.
SqlCondition keyIn(const QString& column, const QStringList& keys);

// Runs "<select> WHERE <condition> ORDER BY <order> [DESC], <tieBreaker> LIMIT … OFFSET …".
// orderExpressions holds one fixed SQL expression per sortable column.
Result<QSqlQuery> runListQuery(const QSqlDatabase& db, const QString& select,
                               const SqlCondition& where, const QStringList& orderExpressions,
                               const QString& tieBreaker, const ListRequest& request);

// "CASE <column> WHEN 'key0' THEN 0 … END": sorts stored enum keys in display order.
template <typename E> QString enumOrderSql(const QString& column) {
    QString sql = QStringLiteral("CASE ") + column;
    int index = 0;
    for (const auto& entry : enumEntries<E>())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(entry.key)).arg(index++);
    return sql + QStringLiteral(" END");
}

} // namespace Verbund
