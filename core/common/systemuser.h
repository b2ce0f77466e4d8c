#pragma once

#include <QString>

namespace Verbund {

// The login name of the operating system's user running Verbund ("mkoch"): who changed a
// local file, and the name a server connection offers first. Empty when the system does not
// say and the home folder names nobody.
QString systemUserName();

} // namespace Verbund
