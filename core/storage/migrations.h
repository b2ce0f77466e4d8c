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

} // namespace Verbund
