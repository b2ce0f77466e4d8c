#include "sql.h"

#include "../common/dates.h"
#include "../common/folding.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace Verbund {

Error preparedFailure(const QString& driverText, const QString& sql) {
    return Error(ErrorCode::Database,
                 QCoreApplication::translate("Verbund::Storage",
                                             "The database could not process a request."),
                 driverText + QStringLiteral(" — ") + sql);
}

Error preparedFailure(const QSqlQuery& query, const QString& sql) {
    return preparedFailure(query.lastError().text(), sql);
}

Error runFailure(const QString& driverText, const QString& sql) {
    const bool busy =
        driverText.contains(QLatin1String("locked")) || driverText.contains(QLatin1String("busy"));
    const bool readOnly = driverText.contains(QLatin1String("readonly"));
    return Error(ErrorCode::Database,
                 busy ? QCoreApplication::translate(
                            "Verbund::Storage",
                            "The database is busy with another program. Try again shortly.")
                 : readOnly
                     ? QCoreApplication::translate(
                           "Verbund::Storage",
                           "The database is read-only: it can be read, but nothing can be "
                           "saved in it.")
                     : QCoreApplication::translate("Verbund::Storage",
                                                   "The database could not save or read the data."),
                 driverText + QStringLiteral(" — ") + sql);
}

// Binds the values in order and runs the prepared query.
Status runPrepared(QSqlQuery& query, const QVariantList& values, const QString& sql) {
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return {};
    return runFailure(query.lastError().text(), sql);
}

Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return preparedFailure(query, sql);
    if (Status done = runPrepared(query, values, sql); !done)
        return done.error();
    return query;
}

namespace {

// The text of a LIKE pattern matching the text anywhere, with % and _ escaped by '\'.
QString likePattern(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString foldedLike(const QString& expression) {
    return QStringLiteral("fold(%1) LIKE ? ESCAPE '\\'").arg(expression);
}

QString foldedPattern(const QString& text) {
    return likePattern(folded(text));
}

QVariant nullIfEmpty(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfInvalid(const QDate& date) {
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullIfZero(qint64 id) {
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(id));
}

QDate dateFromSql(const QVariant& value) {
    return value.isNull() ? QDate() : dateFromIso(value.toString());
}

QDateTime timestampFromSql(const QVariant& value) {
    return timestampFromIso(value.toString());
}

QString timestampToSql(const QDateTime& time) {
    return isoTimestamp(time.toUTC());
}

QString lastFirstNameSql(const QString& alias) {
    return QStringLiteral("trim(coalesce(%1.last_name, '') || CASE WHEN %1.last_name IS NOT NULL "
                          "AND %1.first_name IS NOT NULL THEN ', ' ELSE '' END || "
                          "coalesce(%1.first_name, ''))")
        .arg(alias);
}

} // namespace Verbund
