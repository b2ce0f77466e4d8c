#pragma once

#include <QLoggingCategory>
#include <QString>

// What storage hands to the log: the SQL and the engine's words behind a failure, which the
// user's message leaves out.
Q_DECLARE_LOGGING_CATEGORY(verbundStorage)

namespace Verbund {

// The program's log: warnings and failures, with their time, appended to one file in the
// user's data folder instead of the terminal; kept below 1 MiB (the older half goes to
// verbund.log.1).
class LogFile final {
public:
    // Sends Qt's messages to the file from now on.
    static void install(const QString& path);
    // The file, or empty when none was installed (tests, tools).
    static QString path();
};

} // namespace Verbund
