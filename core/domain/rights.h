#pragma once

#include "user.h"

#include <QStringList>
#include <optional>

namespace Verbund {

// Who may write what: per table of the network, the least role that may insert and update its
// rows, and the least that may delete them. The window, the command line and the core check
// it before writing; on a server the same table grants the rights (Dialect::grantRights), so
// that a program going around Verbund is refused by the server itself.
enum class Access { Write, Delete };

// None for a table only Verbund's own triggers write (the history).
std::optional<UserRole> roleNeeded(const QString& table, Access access);
bool roleAllows(UserRole role, const QString& table, Access access);
// Whether the role sees participants' personal data (a reader does not).
bool seesParticipants(UserRole role);
// Whether the role erases a person's data (GDPR Art. 17): a coordinator's.
bool mayErase(UserRole role);
// The tables with rights of their own, each as roleNeeded has it.
const QStringList& tablesWithRights();
// The participants' personal data: the columns a reader does not see (of table participant,
// and the free text of an enrollment).
const QStringList& personalColumns(const QString& table);

} // namespace Verbund
