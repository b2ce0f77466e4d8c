#pragma once

#include "../domain/enumtext.h"
#include "sql.h"

#include <functional>
#include <optional>

namespace Verbund {

class Dialect;

// One page of a list as a view asks for it: filter text, sort column and order, window.
struct ListRequest {
    // Where a page starts: next to a record, after it or (backwards) before it, and with it
    // when inclusive; without a record, at the list's start or (backwards) its end. The
    // offset counts from there.
    struct Seek {
        std::optional<qint64> from;
        bool backwards = false;
        bool inclusive = false;
    };

    QString filter;
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;
    // Read along the order's index from a record or the list's end; from its start without.
    std::optional<Seek> seek;
    // Instead of offset and seek: these records, a stretch of the list's keys in order.
    QList<qint64> keys;

    // The whole list, unfiltered, in its first column's order.
    static ListRequest everything();
};

// A WHERE condition for filter text: every word must match at least one of the
// expressions (LIKE, case-insensitive) or the extra condition made for that word.
SqlCondition wordFilter(const QString& filter, const QStringList& likeExpressions,
                        const std::function<SqlCondition(const QString& word)>& extra = {});

// A WHERE condition for filter text over a search index (Dialect::searchIndex, rowid = the
// record's id): every word must begin a word of the indexed text, whatever its case and
// accents.
SqlCondition searchCondition(const Dialect& dialect, const QString& key, const QString& index,
                             const QString& filter);

// "(column IN (?, ?, …))" for the keys, or an always-false condition when there are none.
SqlCondition keyIn(const QString& column, const QStringList& keys);

// "CASE <column> WHEN ? THEN 0 … END" with the keys bound: sorts stored enum keys in display
// order.
template <typename E> SqlCondition enumOrderSql(const QString& column) {
    SqlCondition order(QStringLiteral("CASE ") + column);
    int index = 0;
    for (const auto& entry : enumEntries<E>()) {
        order.sql += QStringLiteral(" WHEN ? THEN %1").arg(index++);
        order.values << QString::fromLatin1(entry.key);
    }
    order.sql += QStringLiteral(" END");
    return order;
}

} // namespace Verbund
