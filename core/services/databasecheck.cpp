#include "databasecheck.h"

#include "../storage/database.h"
#include "../storage/dialect.h"
#include "../storage/sql.h"

namespace Verbund {

Result<DatabaseReport> checkDatabase(const Database& database, CheckDepth depth) {
    const QSqlDatabase db = database.connection();
    DatabaseReport report;
    report.schemaVersion = database.schemaVersion();

    const Dialect& dialect = database.dialect();
    if (const QString check = dialect.integrityCheck(depth == CheckDepth::Full); !check.isEmpty()) {
        auto integrity = runSql(db, check);
        if (!integrity)
            return integrity.error();
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrityProblems << line;
        }
    }

    if (const QString check = dialect.referenceCheck();
        depth == CheckDepth::Full && !check.isEmpty()) {
        auto foreignKeys = runSql(db, check);
        if (!foreignKeys)
            return foreignKeys.error();
        while (foreignKeys->next())
            report.foreignKeyProblems
                << QStringLiteral("%1 #%2 → %3")
                       .arg(foreignKeys->value(0).toString(), foreignKeys->value(1).toString(),
                            foreignKeys->value(2).toString());
    }

    auto engine = database.readValue(dialect.versionQuery());
    if (!engine)
        return engine.error();
    report.engine = engine->toString();
    auto tables = runSql(db, dialect.tablesQuery());
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString& name : std::as_const(names)) {
        // The name comes from the engine's list of tables, not from the user; identifiers cannot be
        // bound.
        auto count = database.readValue(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        if (!count)
            return count.error();
        report.tableCounts.append({name, count->toInt()});
    }
    return report;
}

} // namespace Verbund
