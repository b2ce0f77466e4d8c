#include "listrequest.h"

#include "dialect.h"

#include <algorithm>
#include <limits>

namespace Verbund {

ListRequest ListRequest::everything() {
    ListRequest request;
    request.limit = std::numeric_limits<int>::max();
    return request;
}

SqlCondition wordFilter(const QString& filter, const QStringList& likeExpressions,
                        const std::function<SqlCondition(const QString& word)>& extra) {
    SqlCondition condition{QStringLiteral("TRUE"), {}};
    const QStringList words = filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        QStringList alternatives;
        for (const QString& expression : likeExpressions) {
            alternatives << foldedLike(expression);
            condition.values << foldedPattern(word);
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

SqlCondition searchCondition(const Dialect& dialect, const QString& key, const QString& index,
                             const QString& filter) {
    QStringList words;
    for (const QString& word : filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // A word of signs alone matches nothing and is left out.
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return dialect.searchCondition(key, index, words);
}

SqlCondition keyIn(const QString& column, const QStringList& keys) {
    if (keys.isEmpty())
        return {QStringLiteral("FALSE"), {}};
    QStringList placeholders(keys.size(), QStringLiteral("?"));
    QVariantList values;
    for (const QString& key : keys)
        values << key;
    return {column + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) +
                QLatin1Char(')'),
            values};
}

} // namespace Verbund
