#pragma once

#include <QStringList>

namespace Verbund {

// The statements that bring a database from version - 1 to version; index 0 is version 1.
// A step, once released, never changes: later changes are new steps.
const QList<QStringList>& migrationSteps();

} // namespace Verbund
