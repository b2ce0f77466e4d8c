#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>
#include <variant>

class QCommandLineParser;

namespace Verbund {

class Database;
enum class ImportKind;

// The `verbund COMMAND …` contract of PRODUCT.md: parses a command's arguments, runs it
// through the core, prints human-readable results to out and errors to err.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CommandLine)
public:
    enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };

    CommandLine(QTextStream& out, QTextStream& err);
    ~CommandLine();

    static QStringList commands();
    // Every command with its usage and what it does, from the commands themselves: the
    // program's --help.
    static QString summary();
    static bool isCommand(const QString& argument);

    // arguments as QCoreApplication::arguments(): the program, the command, its arguments.
    int run(const QStringList& arguments);

private:
    int init(const QStringList& arguments);
    int check(const QStringList& arguments);
    int import(const QStringList& arguments);
    int print(const QStringList& arguments);
    int exportList(const QStringList& arguments);
    int importRecords(Database& database, ImportKind kind, const QString& path, bool dryRun,
                      bool validOnly, bool updateDuplicates);
    int usageError(const QString& message);
    int refused(const Error& error);
    // Parses the arguments; returns an exit code when the command is already answered
    // (help shown, usage error), else nothing.
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);
    // The database of -d/--database, or an exit code when it is missing or cannot be opened.
    std::variant<std::unique_ptr<Database>, int> openDatabase(const QCommandLineParser& parser,
                                                              const QString& command);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Verbund
