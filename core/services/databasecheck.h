#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <utility>

namespace Verbund {

class Database;

// What `verbund check` reports about a database.
struct DatabaseReport {
    QString engine; // "SQLite 3.40.1", "PostgreSQL 15.18 …"
    int schemaVersion = 0;
    QStringList integrityProblems; // empty when SQLite's integrity check passed
    QStringList foreignKeyProblems;
    QList<std::pair<QString, int>> tableCounts;

    bool healthy() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

// Full: SQLite's integrity check (every index against its table) and the foreign keys, as
// `verbund check` and a backup asked for report them. Quick: SQLite's quick check, every
// page and record read and checked but indexes not compared with their tables: for the
// automatic backups, a copy whose indexes the copy itself cannot have made wrong.
enum class CheckDepth { Full, Quick };

Result<DatabaseReport> checkDatabase(const Database& database, CheckDepth depth = CheckDepth::Full);

} // namespace Verbund
