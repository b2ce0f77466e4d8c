#include "sql.h"

#include "../common/dates.h"
#include "../common/folding.h"
#include "../common/logfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace Verbund {

namespace {

// The engine's failure in the user's words. A failure of a known kind says all there is to say;
// another one keeps the engine's words as detail. The SQL goes to the log, never to the user.
Error storageFailure(const QString& driverText, const QString& sql, const char* otherwise) {
    qCWarning(verbundStorage).noquote() << driverText << QStringLiteral("—") << sql;
    const auto says = [&driverText](const char* words) {
        return driverText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    const auto plain = [](ErrorCode code, const char* message) {
        return Error(code, QCoreApplication::translate("Verbund::Storage", message));
    };
    if (says("server closed the connection") || says("no connection to the server") ||
        says("terminating connection") || says("could not connect") ||
        says("could not send data") || says("could not receive data") ||
        says("connection to server"))
        return lostConnection();
    if (says("permission denied") || says("row-level security") ||
        says("history of changes is kept"))
        return plain(ErrorCode::NotPermitted,
                     QT_TRANSLATE_NOOP("Verbund::Storage",
                                       "The server refused this: your role in the network does "
                                       "not allow it. Nothing was changed."));
    if (says("deadlock detected") || says("could not serialize"))
        return plain(ErrorCode::Busy,
                     QT_TRANSLATE_NOOP("Verbund::Storage",
                                       "Somebody else was saving the same data at the same "
                                       "moment: nothing was saved. Please try again."));
    if (says("locked") || says("busy"))
        return plain(ErrorCode::Busy,
                     QT_TRANSLATE_NOOP("Verbund::Storage",
                                       "The file is being written by another program right now. "
                                       "Please wait, or try again later."));
    if (says("readonly") || says("read-only transaction"))
        return plain(ErrorCode::Database,
                     QT_TRANSLATE_NOOP("Verbund::Storage",
                                       "The database is read-only: it can be read, but nothing "
                                       "can be saved in it."));
    if (says("disk is full"))
        return plain(ErrorCode::Io, QT_TRANSLATE_NOOP("Verbund::Storage",
                                                      "The disk is full: nothing was saved. Free "
                                                      "some space and try again."));
    if (says("not a database"))
        return plain(ErrorCode::NotSqlite,
                     QT_TRANSLATE_NOOP("Verbund::Storage", "The file is not a Verbund database."));
    if (says("malformed") || says("corrupt"))
        return plain(ErrorCode::Damaged,
                     QT_TRANSLATE_NOOP("Verbund::Storage",
                                       "The file is damaged: Verbund cannot read it reliably. "
                                       "Work on with a backup or a copy taken before."));
    if (says("unable to open"))
        return plain(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Verbund::Storage",
                                       "The file or its folder cannot be reached (a network "
                                       "drive, a removed stick?)."));
    return Error(ErrorCode::Database, QCoreApplication::translate("Verbund::Storage", otherwise),
                 driverText);
}

} // namespace

Error lostConnection() {
    return Error(ErrorCode::Unreachable,
                 QCoreApplication::translate(
                     "Verbund::Storage",
                     "The connection to the server is lost: nothing was saved. What you entered "
                     "is kept; saving works again as soon as the server can be reached."));
}

Error preparedFailure(const QString& driverText, const QString& sql) {
    return storageFailure(
        driverText, sql,
        QT_TRANSLATE_NOOP("Verbund::Storage", "The database could not process a request."));
}

Error preparedFailure(const QSqlQuery& query, const QString& sql) {
    return preparedFailure(query.lastError().text(), sql);
}

Error runFailure(const QString& driverText, const QString& sql) {
    return storageFailure(
        driverText, sql,
        QT_TRANSLATE_NOOP("Verbund::Storage", "The database could not save or read the data."));
}

// Binds the values in order and runs the prepared query.
Status runPrepared(QSqlQuery& query, const QVariantList& values, const QString& sql) {
    // A yes or no is stored as 1 or 0 by both engines.
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        query.bindValue(i, value.typeId() == QMetaType::Bool && !value.isNull()
                               ? QVariant(value.toInt())
                               : value);
    }
    if (query.exec())
        return {};
    return runFailure(query.lastError().text(), sql);
}

QSqlQuery newQuery(const QSqlDatabase& db) {
    QSqlQuery query(db);
    query.setForwardOnly(db.driverName() == QLatin1String("QSQLITE"));
    return query;
}

Result<QSqlQuery> runSql(const QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery query = newQuery(db);
    // Without values run as it is: a server prepares only reads and writes of rows, not the
    // schema's statements.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return runFailure(query.lastError().text(), sql);
        return query;
    }
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
