#include "sqlitedialect.h"

#include "database.h"

namespace Verbund {

QString SqliteDialect::schema(const QString& statement) const {
    return statement;
}

QStringList SqliteDialect::markAsVerbund() const {
    return {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)};
}

QString SqliteDialect::setSchemaVersion(int version) const {
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

int SqliteDialect::schemaVersion(const Database& database) const {
    auto version = database.readValue(QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

QStringList SqliteDialect::searchIndex(const QString& table) const {
    // Prefixes of one to three letters indexed too: the first keystrokes are the commonest.
    return {QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(words, "
                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")
                .arg(table)};
}

QStringList SqliteDialect::trigger(const QString& name, const QString& event,
                                   const QString& condition, const QString& body) const {
    const QString when =
        condition.isEmpty() ? QString() : QStringLiteral(" WHEN %1").arg(condition);
    return {QStringLiteral("CREATE TRIGGER %1 %2%3 BEGIN %4 END").arg(name, event, when, body)};
}

QStringList SqliteDialect::dropTrigger(const QString& name, const QString&) const {
    return {QStringLiteral("DROP TRIGGER %1").arg(name)};
}

SqlCondition SqliteDialect::searchCondition(const QString& key, const QString& index,
                                            const QStringList& words) const {
    QStringList phrases;
    for (QString word : words) {
        // The index folds ß as the indexed text does.
        word.replace(QStringLiteral("ß"), QStringLiteral("ss"))
            .replace(QStringLiteral("ẞ"), QStringLiteral("SS"))
            .replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    if (phrases.isEmpty())
        return {QStringLiteral("TRUE"), {}};
    return {QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(key, index),
            {phrases.join(QLatin1Char(' '))}};
}

QString SqliteDialect::joinInOrder() const {
    return QStringLiteral("CROSS JOIN"); // SQLite keeps the order of a cross join
}

QString SqliteDialect::tablesQuery() const {
    return QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                          "AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
}

QString SqliteDialect::versionQuery() const {
    return QStringLiteral("SELECT 'SQLite ' || sqlite_version()");
}

QString SqliteDialect::integrityCheck(bool thorough) const {
    return thorough ? QStringLiteral("PRAGMA integrity_check")
                    : QStringLiteral("PRAGMA quick_check");
}

QString SqliteDialect::referenceCheck() const {
    return QStringLiteral("PRAGMA foreign_key_check");
}

QString SqliteDialect::beginSnapshot() const {
    return QStringLiteral("BEGIN"); // a file's reader keeps its snapshot until it ends
}

Status SqliteDialect::beginWrite(Database& database) const {
    auto begun = runSql(database.connection(), QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun)
        return begun.error();
    return {};
}

QStringList SqliteDialect::continueIds(const QString&) const {
    return {}; // a new row's id is one beyond the highest anyway
}

QString SqliteDialect::announce(const ChangeSet&) const {
    return {}; // the other programs on the file see its data version change
}

} // namespace Verbund
