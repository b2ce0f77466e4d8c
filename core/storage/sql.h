#pragma once

#include "../common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Verbund {

// A piece of SQL with the values for its placeholders, in order.
struct SqlCondition {
    SqlCondition(QString text = {}, QVariantList bound = {}) // NOLINT: SQL without values
        : sql(std::move(text))
        , values(std::move(bound)) {}
    QString sql;
    QVariantList values;
};

// A query of the connection: read forward only where the engine lets another read run on
// the connection meanwhile (a file); a server's driver reads such a result row by row and
// drops the rest when another statement runs, so there the result is read whole.
QSqlQuery newQuery(const QSqlDatabase& db);

// Prepares, binds and runs one statement; a failure becomes a translated Database error
// with the driver's text as detail.
Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql,
                         const QVariantList& values = {});

// The error of a statement that could not be prepared, and the binding and running of a
// prepared one, as runSql and PreparedSql share them.
Error preparedFailure(const QSqlQuery& query, const QString& sql);
Status runPrepared(QSqlQuery& query, const QVariantList& values, const QString& sql);
// The errors of a statement that could not be prepared or run, from the driver's text.
Error preparedFailure(const QString& driverText, const QString& sql);
Error runFailure(const QString& driverText, const QString& sql);
// The connection to the server is gone: what a read or write then says.
Error lostConnection();

// "The expression holds the pattern's text", whatever the case and accents of either: the SQL,
// with one placeholder for foldedPattern(text).
QString foldedLike(const QString& expression);
QString foldedPattern(const QString& text);

// NULL for empty strings, dates and ids, so optional values are stored as NULL.
QVariant nullIfEmpty(const QString& text);
QVariant nullIfInvalid(const QDate& date);
QVariant nullIfZero(qint64 id);

// "Last, First" of the person row with this alias (last_name, first_name columns).
QString lastFirstNameSql(const QString& alias);

QDate dateFromSql(const QVariant& value);
QDateTime timestampFromSql(const QVariant& value);
QString timestampToSql(const QDateTime& time);

} // namespace Verbund
