#include "commandline.h"

#include "../services/databasecheck.h"
#include "../services/demonetwork.h"
#include "../storage/database.h"

#include <QCommandLineParser>
#include <QDir>

namespace Verbund {

namespace {

QCommandLineOption languageOption() {
    return {QStringLiteral("lang"),
            QCoreApplication::translate("Verbund::CommandLine", "Language of messages: de or en."),
            QCoreApplication::translate("Verbund::CommandLine", "language")};
}

QCommandLineOption databaseOption() {
    return {{QStringLiteral("d"), QStringLiteral("database")},
            QCoreApplication::translate("Verbund::CommandLine", "The Verbund database file."),
            QCoreApplication::translate("Verbund::CommandLine", "file")};
}

QString tableLabel(const QString& table) {
    static const QList<std::pair<const char*, const char*>> labels{
        {"organisation", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Organisations")},
        {"contact", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Contacts")},
        {"consultation", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Consultations")},
        {"staff", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Staff")},
        {"site", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Sites")},
    };
    for (const auto& [name, label] : labels) {
        if (table == QLatin1String(name))
            return QCoreApplication::translate("Verbund::CommandLine", label);
    }
    return table;
}

} // namespace

CommandLine::CommandLine(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

QStringList CommandLine::commands() {
    return {QStringLiteral("init"), QStringLiteral("check")};
}

bool CommandLine::isCommand(const QString& argument) {
    return commands().contains(argument);
}

int CommandLine::run(const QStringList& arguments) {
    if (arguments.size() < 2 || !isCommand(arguments.at(1)))
        return usageError(
            tr("Unknown command. Commands: %1.").arg(commands().join(QStringLiteral(", "))));
    // The parser sees "verbund init …" as the program name followed by the command's own part.
    QStringList own = arguments.mid(2);
    own.prepend(arguments.at(0) + QLatin1Char(' ') + arguments.at(1));
    const QString command = arguments.at(1);
    if (command == QLatin1String("init"))
        return init(own);
    return check(own);
}

int CommandLine::usageError(const QString& message) {
    m_err << message << Qt::endl
          << tr("Run “verbund --help” for the commands and their options.") << Qt::endl;
    return UsageError;
}

int CommandLine::init(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(tr("file"), tr("The database file to create."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Fill it with the demo network."));
    parser.addOption(demo);
    parser.addOption(languageOption());
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("verbund init needs exactly one file name."));
    const QString path = parser.positionalArguments().constFirst();

    if (Status created = createDatabaseFile(path, parser.isSet(demo)); !created) {
        m_err << created.error().fullText() << Qt::endl;
        return Refused;
    }
    m_out << (parser.isSet(demo) ? tr("Created the database “%1” with the demo network.")
                                 : tr("Created the empty database “%1”."))
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int CommandLine::check(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(languageOption());
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(tr("verbund check needs the database: -d FILE."));
    const QString path = parser.value(QStringLiteral("database"));

    auto database = Database::open(path, Database::OpenMode::OpenExisting);
    if (!database) {
        m_err << database.error().fullText() << Qt::endl;
        return Refused;
    }
    auto report = checkDatabase(**database);
    if (!report) {
        m_err << report.error().fullText() << Qt::endl;
        return Refused;
    }
    m_out << tr("Database: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl
          << tr("Data version: %1").arg(report->schemaVersion) << Qt::endl
          << tr("Integrity: %1")
                 .arg(report->healthy() ? tr("ok")
                                        : tr("%n problem(s)", nullptr,
                                             int(report->integrityProblems.size() +
                                                 report->foreignKeyProblems.size())))
          << Qt::endl;
    for (const QString& problem : report->integrityProblems + report->foreignKeyProblems)
        m_out << QStringLiteral("  ! ") << problem << Qt::endl;
    m_out << tr("Records:") << Qt::endl;
    for (const auto& [table, count] : std::as_const(report->tableCounts))
        m_out << QStringLiteral("  %1 %2")
                     .arg(tableLabel(table) + QLatin1Char(':'), -24)
                     .arg(count, 7)
              << Qt::endl;
    return report->healthy() ? Success : Refused;
}

} // namespace Verbund
