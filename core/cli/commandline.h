#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Verbund {

// The `verbund COMMAND …` contract of PRODUCT.md: parses a command's arguments, runs it
// through the core, prints human-readable results to out and errors to err.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CommandLine)
public:
    enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };

    CommandLine(QTextStream& out, QTextStream& err);

    static QStringList commands();
    static bool isCommand(const QString& argument);

    // arguments as QCoreApplication::arguments(): the program, the command, its arguments.
    int run(const QStringList& arguments);

private:
    int init(const QStringList& arguments);
    int check(const QStringList& arguments);
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Verbund
