#include "systemuser.h"

#include <QDir>

namespace Verbund {

QString systemUserName() {
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QDir::home().dirName(); // "/home/mkoch": mkoch
}

} // namespace Verbund
