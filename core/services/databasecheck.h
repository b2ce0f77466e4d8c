#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <utility>

namespace Verbund {

class Database;

// What `verbund check` reports about a database file.
struct DatabaseReport {
    int schemaVersion = 0;
    QStringList integrityProblems; // empty when SQLite's integrity check passed
    QStringList foreignKeyProblems;
    QList<std::pair<QString, int>> tableCounts;

    bool healthy() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

Result<DatabaseReport> checkDatabase(const Database& database);

} // namespace Verbund
