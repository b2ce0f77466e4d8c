#include "listrequest.h"

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
    SqlCondition condition{QStringLiteral("1"), {}};
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

SqlCondition searchCondition(const QString& key, const QString& index, const QString& filter) {
    QStringList phrases;
    for (QString word : filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // The index folds ß as the indexed text does; a word of signs alone matches nothing
        // and is left out.
        word.replace(QStringLiteral("ß"), QStringLiteral("ss"))
            .replace(QStringLiteral("ẞ"), QStringLiteral("SS"))
            .replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            phrases << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    if (phrases.isEmpty())
        return {QStringLiteral("1"), {}};
    return {QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(key, index),
            {phrases.join(QLatin1Char(' '))}};
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

} // namespace Verbund
