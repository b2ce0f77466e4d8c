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

QStringList SqliteDialect::keepHistory() const {
    const QString refuse =
        QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1'); END").arg(historyKeptMessage());
    return {QStringLiteral("CREATE TRIGGER history_kept BEFORE UPDATE ON history WHEN NOT "
                           "EXISTS (SELECT 1 FROM history_paused) AND NOT (%1) %2")
                .arg(historyErasure(), refuse),
            QStringLiteral("CREATE TRIGGER history_kept_rows BEFORE DELETE ON history WHEN NOT "
                           "EXISTS (SELECT 1 FROM history_paused) %1")
                .arg(refuse)};
}

QStringList SqliteDialect::history(const HistoryTable& table) const {
    QStringList statements;
    const auto field = [](const char* row, const QString& column) {
        return row ? QStringLiteral("%1.%2").arg(QLatin1String(row), column)
                   : QStringLiteral("NULL");
    };
    const auto changes = [&](const char* before, const char* after) {
        if (table.namedValues())
            return QStringLiteral("json_object(%1, json_array(%2, %3))")
                .arg(field(after ? after : before, table.columns.at(0)),
                     field(before, table.columns.at(1)), field(after, table.columns.at(1)));
        QStringList rows;
        for (const QString& column : table.columns)
            rows << QStringLiteral("SELECT '%1' AS field, %2 AS old, %3 AS new")
                        .arg(column, field(before, column), field(after, column));
        return QStringLiteral("(SELECT json_group_object(field, json_array(old, new)) "
                              "FROM (%1) WHERE old IS NOT new)")
            .arg(rows.join(QStringLiteral(" UNION ALL ")));
    };
    struct Event {
        const char* action;
        const char* before;
        const char* after;
    };
    for (const Event& event : {Event{"insert", nullptr, "NEW"}, Event{"update", "OLD", "NEW"},
                               Event{"delete", "OLD", nullptr}}) {
        const char* row = event.after ? event.after : event.before;
        const QString name =
            QStringLiteral("history_%1_%2").arg(table.table, QLatin1String(event.action));
        QString condition = QStringLiteral("NOT EXISTS (SELECT 1 FROM history_paused)");
        if (event.before && event.after) {
            QStringList differing;
            for (const QString& column : table.columns)
                differing << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column);
            condition += QStringLiteral(" AND (%1)").arg(differing.join(QStringLiteral(" OR ")));
        }
        statements
            << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name)
            << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 WHEN %4 BEGIN INSERT INTO history "
                              "(at, actor, action, table_name, record_id, owner_table, owner_id, "
                              "changes) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                              "verbund_actor(), '%5', '%3', %6, '%7', %8, %9); END")
                   .arg(name, QString::fromLatin1(event.action).toUpper(), table.table, condition,
                        QLatin1String(event.action),
                        table.namedValues() ? QStringLiteral("0") : field(row, table.recordColumn),
                        table.ownerTable,
                        table.namedValues() ? QStringLiteral("0") : field(row, table.ownerColumn),
                        changes(event.before, event.after));
    }
    return statements;
}

QStringList SqliteDialect::grantRights() const {
    return {};
}

Status SqliteDialect::grantLogin(Database&, const User&, const QString&) const {
    return {};
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
