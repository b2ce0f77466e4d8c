#pragma once

#include "cli/invocation.h"
#include "common/error.h"
#include "reports/reportregistry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <variant>

class QCommandLineOption;
class QCommandLineParser;

namespace Verbund {

class Database;
enum class ImportKind;
struct ImportOptions;

// The `verbund COMMAND …` contract of PRODUCT.md: reads the program's arguments once (read),
// then runs the command through the core (run), printing human-readable results to out and
// errors to err. Without a command it reads the window's options and answers --help and
// --version for the whole program.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CommandLine)
public:
    enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };

    CommandLine(QTextStream& out, QTextStream& err);
    ~CommandLine();

    static QStringList commands();

    // arguments as QCoreApplication::arguments(): the program, then a command and its
    // arguments or the window's options. Translates nothing, so it can run before the
    // language is known.
    static Invocation read(const QStringList& arguments);
    // Runs the command, or answers what the window cannot (help, version, a usage error).
    int run(const Invocation& invocation);

private:
    // The positional arguments and options of the command (the window's for none), in the
    // language installed when it is called.
    static QList<QCommandLineOption> describe(QCommandLineParser& parser, const QString& command);
    // Every command with its usage and what it does: the program's --help.
    static QString summary();
    int answer(const Invocation& invocation);
    int init(const Invocation& invocation);
    int check(const Invocation& invocation);
    int import(const Invocation& invocation);
    int print(const Invocation& invocation);
    int exportList(const Invocation& invocation);
    int backup(const Invocation& invocation);
    int copy(const Invocation& invocation);
    int restore(const Invocation& invocation);
    int history(const Invocation& invocation);
    int user(const Invocation& invocation);
    int person(const Invocation& invocation);
    int followUps(const Invocation& invocation);
    // The open follow-ups as a calendar file.
    int exportCalendar(Database& database, const QString& path);
    int exportIndicators(const Invocation& invocation);
    // The period of --from and --to; an exit code when a day is not one.
    std::variant<ReportRequest, int> periodOf(const Invocation& invocation);
    // --measure or --programme into the request, found in the database; an exit code when
    // not found.
    int narrow(const Invocation& invocation, Database& database, ReportRequest& request);
    // The site of --site, by its id or exact name; left alone without the option.
    int siteOf(const Invocation& invocation, Database& database, qint64& siteId);
    int importRecords(Database& database, ImportKind kind, const QString& path,
                      const ImportOptions& options);
    int usageError(const QString& message);
    int refused(const Error& error);
    // The database of -d/--database, or an exit code when it is missing or cannot be opened.
    std::variant<std::unique_ptr<Database>, int>
    openDatabase(const Invocation& invocation,
                 Database::OpenMode mode = Database::OpenMode::OpenExisting);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath; // once opened: for the backup to name when it is damaged
};

} // namespace Verbund
