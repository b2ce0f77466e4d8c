#include "databasecheck.h"

#include "../storage/database.h"
#include "../storage/sql.h"

namespace Verbund {

Result<DatabaseReport> checkDatabase(const Database& database, CheckDepth depth) {
    const QSqlDatabase db = database.connection();
    DatabaseReport report;
    report.schemaVersion = database.schemaVersion();

    auto integrity = runSql(db, depth == CheckDepth::Full ? QStringLiteral("PRAGMA integrity_check")
                                                          : QStringLiteral("PRAGMA quick_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            report.integrityProblems << line;
    }

    if (depth == CheckDepth::Full) {
        auto foreignKeys = runSql(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys)
            return foreignKeys.error();
        while (foreignKeys->next())
            report.foreignKeyProblems
                << QStringLiteral("%1 #%2 → %3")
                       .arg(foreignKeys->value(0).toString(), foreignKeys->value(1).toString(),
                            foreignKeys->value(2).toString());
    }

    auto tables =
        runSql(db, QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                  "AND type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString& name : std::as_const(names)) {
        // The name comes from sqlite_master, not from the user; identifiers cannot be bound.
        auto count = database.readValue(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        if (!count)
            return count.error();
        report.tableCounts.append({name, count->toInt()});
    }
    return report;
}

} // namespace Verbund
