#pragma once

#include <QStringList>

namespace Verbund {

class Dialect;

// The statements that bring a database from version - 1 to version; index 0 is version 1.
// One ladder for both engines, each statement rendered by the engine's dialect. A step, once
// released, never changes: later changes are new steps.
QList<QStringList> migrationSteps(const Dialect& dialect);

// The tables that hold a network's data, each after those it refers to: what a copy copies
// and compares. The search index and the import's marker are made from them.
const QStringList& networkTables();

// The text search indexes (Dialect::searchIndex) of the records found by the search
// everywhere: each of the words of one table's rows (a view of them, case, accents and ß
// folded), kept by triggers named after the index (organisation_search_1 …).
struct RecordSearch {
    QString table;
    QString index;
    QString words;
    int triggers = 0;
};
const QList<RecordSearch>& recordSearches();

} // namespace Verbund
