#include "commandline.h"

#include "application/curriculumservice.h"
#include "application/followupservice.h"
#include "application/historyservice.h"
#include "application/networkservice.h"
#include "application/personservice.h"
#include "application/userservice.h"
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "reports/reportregistry.h"
#include "reports/reportrenderer.h"
#include "services/backup.h"
#include "services/backupfolder.h"
#include "services/curriculumimport.h"
#include "services/databasecheck.h"
#include "services/exporter.h"
#include "services/importer.h"
#include "services/indicators.h"
#include "storage/database.h"
#include "storage/networkcopy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace Verbund {

namespace {

QString tableLabel(const QString& table) {
    static const QList<std::pair<const char*, const char*>> labels{
        {"organisation", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Organisations")},
        {"contact", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Contacts")},
        {"consultation", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Consultations")},
        {"staff", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Staff")},
        {"site", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Sites")},
        {"curriculum", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Curricula")},
        {"curriculum_topic", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Curriculum topics")},
        {"setting", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Settings")},
        {"participant", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Participants")},
        {"measure", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Measures")},
        {"measure_location", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Places of learning")},
        {"enrollment", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Enrollments")},
        {"enrollment_credit", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Credited topics")},
        {"funder", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Funders")},
        {"programme", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Funding programmes")},
        {"programme_rate", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Programme rates")},
        {"funding_share", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Funding shares")},
        {"session", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Sessions")},
        {"attendance", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Attendance marks")},
        {"certificate", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Certificates issued")},
        {"serial_counter",
         QT_TRANSLATE_NOOP("Verbund::CommandLine", "Certificate number counters")},
        {"search_deferred",
         QT_TRANSLATE_NOOP("Verbund::CommandLine", "Imports waiting for the search index")},
        {"history", QT_TRANSLATE_NOOP("Verbund::CommandLine", "History entries")},
        {"app_user", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Users")},
        {"consent", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Consents")},
        {"erasure_log", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Erasures logged")},
        {"follow_up", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Follow-ups")},
        {"exam_deadline", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Exam registration deadlines")},
        {"report_date", QT_TRANSLATE_NOOP("Verbund::CommandLine", "Funders' report dates")},
        {"history_paused",
         QT_TRANSLATE_NOOP("Verbund::CommandLine", "Copies writing without a history")},
    };
    for (const auto& [name, label] : labels) {
        if (table == QLatin1String(name))
            return QCoreApplication::translate("Verbund::CommandLine", label);
    }
    return table;
}

// The kinds of record whose history the command line prints, by the words it takes.
const QList<std::pair<QString, RecordKind>>& historyKindWords() {
    static const QList<std::pair<QString, RecordKind>> kinds{
        {QStringLiteral("organisation"), RecordKind::Organisation},
        {QStringLiteral("contact"), RecordKind::Contact},
        {QStringLiteral("consultation"), RecordKind::Consultation},
        {QStringLiteral("participant"), RecordKind::Participant},
        {QStringLiteral("enrollment"), RecordKind::Enrollment},
        {QStringLiteral("measure"), RecordKind::Measure},
        {QStringLiteral("session"), RecordKind::Session},
        {QStringLiteral("curriculum"), RecordKind::Curriculum},
        {QStringLiteral("funder"), RecordKind::Funder},
        {QStringLiteral("programme"), RecordKind::Programme},
        {QStringLiteral("staff"), RecordKind::Staff},
        {QStringLiteral("site"), RecordKind::Site},
    };
    return kinds;
}

// A record's number as typed (1, 2, …); 0 for anything else.
qint64 recordNumber(const QString& text) {
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    return isNumber && number > 0 ? number : 0;
}

QStringList userRoleKeys() {
    QStringList keys;
    for (const UserRole role : enumValues<UserRole>())
        keys << enumKey(role);
    return keys;
}

QStringList historyKinds() {
    QStringList words;
    for (const auto& [word, kind] : historyKindWords())
        words << word;
    return words;
}

const QStringList importKinds{QStringLiteral("organisations"), QStringLiteral("contacts"),
                              QStringLiteral("participants"), QStringLiteral("curriculum")};

// REPORT and SUBJECT of `verbund print`, from the reports themselves.
QString reportHelp() {
    QStringList reports;
    for (const Report& report : ReportRegistry::all()) {
        const char* about = report.subject == ReportSubject::Curriculum
                                ? QT_TRANSLATE_NOOP("Verbund::CommandLine", "of a curriculum")
                            : report.subject == ReportSubject::Measure
                                ? QT_TRANSLATE_NOOP("Verbund::CommandLine", "of a measure")
                                : QT_TRANSLATE_NOOP("Verbund::CommandLine", "of a period");
        QStringList options;
        if (report.takes(ReportOption::Period))
            options << QStringLiteral("--from --to");
        if (report.takes(ReportOption::Participant))
            options << QStringLiteral("--participant");
        if (report.takes(ReportOption::Provisional))
            options << QStringLiteral("--provisional");
        if (report.takes(ReportOption::Site))
            options << QStringLiteral("--site");
        reports << QStringLiteral("%1 (%2 %3%4)")
                       .arg(report.name, report.translatedTitle(),
                            QCoreApplication::translate("Verbund::CommandLine", about),
                            options.isEmpty()
                                ? QString()
                                : QStringLiteral("; ") + options.join(QLatin1Char(' ')));
    }
    return QCoreApplication::translate("Verbund::CommandLine",
                                       "REPORT: %1; SUBJECT: an id or the exact title")
        .arg(reports.join(QStringLiteral(", ")));
}

} // namespace

CommandLine::CommandLine(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

CommandLine::~CommandLine() = default;

QStringList CommandLine::commands() {
    return {QStringLiteral("init"),    QStringLiteral("check"),  QStringLiteral("import"),
            QStringLiteral("print"),   QStringLiteral("export"), QStringLiteral("backup"),
            QStringLiteral("restore"), QStringLiteral("copy"),   QStringLiteral("history"),
            QStringLiteral("user"),    QStringLiteral("person"), QStringLiteral("followups")};
}

QString CommandLine::summary() {
    const QString list = QStringLiteral(", ");
    const QList<std::pair<QString, QString>> lines{
        {tr("init FILE [--demo]"), tr("create a database (never overwrites a file)")},
        {tr("check -d FILE"), tr("data version, integrity, records per table")},
        {tr("import KIND FILE.csv -d FILE"),
         tr("KIND: %1; with --dry-run, --valid-only, --duplicates skip|update; a curriculum "
            "needs --title")
             .arg(importKinds.join(list))},
        {tr("print REPORT [SUBJECT] -d FILE -o OUT.pdf"), reportHelp()},
        {tr("export KIND -d FILE -o OUT.csv"),
         tr("KIND: %1; --format excel|plain, for followups also ics (or -o OUT.ics) for the "
            "calendar")
             .arg((Exporter::kinds() << QStringLiteral("indicators")).join(list))},
        {tr("export indicators -d FILE --from DATE --to DATE [--measure M | --programme P] -o "
            "OUT.csv"),
         tr("the participant indicators funders ask for, one row per table and line, for their "
            "template")},
        {tr("backup -d FILE -o BACKUP"),
         tr("a checked copy, also while others work with the file")},
        {tr("restore BACKUP -d FILE"),
         tr("put a checked backup in the file's place; the file as it was is kept beside it")},
        {tr("copy -d SOURCE --to TARGET"),
         tr("the whole network from a file to a server database or back, all or nothing, "
            "each table compared after")},
        {tr("user add|list|role|disable … -d FILE"),
         tr("the staff members who sign in, with their roles (%1); on a server their logins")
             .arg(userRoleKeys().join(list))},
        {tr("person export ID [--contact] -d FILE -o OUT.json|OUT.pdf"),
         tr("everything stored about a participant (or a contact), for their copy (GDPR Art. "
            "15/20)")},
        {tr("person erase ID [--contact] -d FILE --reason TEXT"),
         tr("erase a participant's (or a contact's) personal data; enrollments, attendance and "
            "funding stay in every count as an anonymous person (GDPR Art. 17)")},
        {tr("person review -d FILE"),
         tr("the participants whose last measure ended longer ago than the retention period")},
        {tr("followups -d FILE [--until DATE] [--owner NAME]"),
         tr("the follow-ups due by the day (today unless given), of one staff member or all; "
            "the rules' follow-ups are made first")},
        {tr("history -d FILE KIND ID"),
         tr("who changed what of a record, and when; KIND: %1").arg(historyKinds().join(list))},
    };
    QString text = tr("Commands (each with --help):") + QLatin1Char('\n');
    for (const auto& [usage, what] : lines) {
        text += QStringLiteral("  verbund %1\n").arg(usage);
        // The description wrapped at the width of a terminal.
        QString line;
        for (const QString& word : what.split(QLatin1Char(' '))) {
            if (!line.isEmpty() && line.size() + word.size() > 72) {
                text += QStringLiteral("      ") + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        text += QStringLiteral("      ") + line + QLatin1Char('\n');
    }
    return text;
}

Invocation CommandLine::read(const QStringList& arguments) {
    Invocation invocation;
    QStringList own = arguments;
    if (commands().contains(arguments.value(1))) {
        // The parser sees "verbund init …" as the program followed by the command's own part.
        invocation.command = arguments.at(1);
        own = arguments.mid(2);
        own.prepend(arguments.at(0) + QLatin1Char(' ') + invocation.command);
    }
    // Left out of what the parser sees, which would take it for options, and refused when
    // answering, in the language asked for.
    static const QRegularExpression negative(QStringLiteral("^-[0-9]+$"));
    for (qsizetype i = own.size() - 1; i > 0; --i) {
        if (negative.match(own.at(i)).hasMatch())
            invocation.negativeNumber = own.takeAt(i);
    }
    QCommandLineParser parser;
    const QList<QCommandLineOption> options = describe(parser, invocation.command);
    if (!parser.parse(own)) {
        // Qt's message names the option in quotes; keep the rest to translate when shown.
        static const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        const QRegularExpressionMatch match = quoted.match(parser.errorText());
        invocation.problem = parser.errorText();
        if (match.hasMatch()) {
            invocation.problemOption = match.captured(1);
            invocation.problem.replace(match.capturedStart(), match.capturedLength(),
                                       QStringLiteral("'%1'"));
        }
        return invocation;
    }
    for (const QCommandLineOption& option : options) {
        const bool given = parser.isSet(option);
        for (const QString& name : option.names()) {
            if (given)
                invocation.given << name;
            if (given || !option.defaultValues().isEmpty())
                invocation.values.insert(name, parser.value(option));
        }
    }
    invocation.positional = parser.positionalArguments();
    invocation.language = invocation.value(QStringLiteral("lang"));
    invocation.help = invocation.isSet(QStringLiteral("help"));
    invocation.version = invocation.isSet(QStringLiteral("version"));
    return invocation;
}

QList<QCommandLineOption> CommandLine::describe(QCommandLineParser& parser,
                                                const QString& command) {
    QList<QCommandLineOption> options{
        {QStringLiteral("lang"), tr("Language: de or en."), tr("language")}};
    const QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
                                      tr("The Verbund database: a file, or a network on a "
                                         "server as postgresql://user@host:port/name."),
                                      tr("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write."), tr("file"));
    // What the indicators count: one measure, or the measures of one programme.
    const QList<QCommandLineOption> scope{
        {QStringLiteral("measure"), tr("indicators: only this measure (id or exact title)."),
         tr("measure")},
        {QStringLiteral("programme"),
         tr("indicators: only the measures this programme funds (id or exact name)."),
         tr("programme")}};
    if (command.isEmpty()) {
        parser.setApplicationDescription(
            tr("Verbund — the desk of a training-network coordinator.") + QStringLiteral("\n\n") +
            summary());
        options << database
                << QCommandLineOption(QStringLiteral("demo"),
                                      tr("Open a fresh copy of the demo network."))
                << QCommandLineOption(
                       QStringLiteral("screenshots"),
                       tr("Save a picture of each area of the window in the folder and quit."),
                       tr("folder"));
    } else if (command == QLatin1String("init")) {
        parser.addPositionalArgument(tr("file"), tr("The database file to create."));
        options << QCommandLineOption(QStringLiteral("demo"), tr("Fill it with the demo network."));
    } else if (command == QLatin1String("check")) {
        options << database;
    } else if (command == QLatin1String("backup")) {
        options << database << output;
    } else if (command == QLatin1String("copy")) {
        options << database
                << QCommandLineOption(QStringLiteral("to"),
                                      tr("Where the copy goes: a new file, or an empty database "
                                         "on a server (postgresql://…)."),
                                      tr("target"));
    } else if (command == QLatin1String("user")) {
        parser.addPositionalArgument(tr("action"),
                                     tr("add LOGIN, list, role LOGIN ROLE, or disable LOGIN."));
        options
            << database
            << QCommandLineOption(
                   QStringLiteral("role"),
                   tr("add: the role, one of %1.").arg(userRoleKeys().join(QStringLiteral(", "))),
                   tr("role"))
            << QCommandLineOption(QStringLiteral("name"), tr("add: the person's name."), tr("text"))
            << QCommandLineOption(QStringLiteral("site"),
                                  tr("add, role: the site (an id or its exact name) whose "
                                     "participants an advisor sees."),
                                  tr("site"))
            << QCommandLineOption(QStringLiteral("password"),
                                  tr("add: on a server, the login's password."), tr("password"));
    } else if (command == QLatin1String("person")) {
        parser.addPositionalArgument(
            tr("action"),
            tr("export ID: the participant's data (-o OUT.json, or OUT.pdf for handing over); "
               "erase ID: their personal data, keeping them in every count (--reason); review: "
               "the people past the retention period."));
        options << database << output
                << QCommandLineOption(QStringLiteral("reason"),
                                      tr("erase: the legal basis, e.g. “Request of the person, "
                                         "Art. 17(1)(a) GDPR”; logged, so no personal data."),
                                      tr("text"))
                << QCommandLineOption(QStringLiteral("contact"),
                                      tr("export, erase: ID is a contact person's number, not a "
                                         "participant's."));
    } else if (command == QLatin1String("followups")) {
        options << database
                << QCommandLineOption(QStringLiteral("until"),
                                      tr("Those due by this day (dd.mm.yyyy); today unless given."),
                                      tr("date"))
                << QCommandLineOption(QStringLiteral("owner"),
                                      tr("Only this staff member's (first and last name, or the "
                                         "last name)."),
                                      tr("name"));
    } else if (command == QLatin1String("history")) {
        parser.addPositionalArgument(
            tr("kind"),
            tr("What the record is: %1.").arg(historyKinds().join(QStringLiteral(", "))));
        parser.addPositionalArgument(tr("id"), tr("The record's number."));
        options << database;
    } else if (command == QLatin1String("restore")) {
        parser.addPositionalArgument(tr("backup"), tr("The backup to put in the file's place."));
        options << database;
    } else if (command == QLatin1String("import")) {
        parser.addPositionalArgument(
            tr("kind"), tr("What the file holds: %1.").arg(importKinds.join(QStringLiteral(", "))));
        parser.addPositionalArgument(tr("file"), tr("The CSV file to read."));
        options << database
                << QCommandLineOption(QStringLiteral("title"), tr("The curriculum's title."),
                                      tr("text"))
                << QCommandLineOption(QStringLiteral("target-group"),
                                      tr("The curriculum's target group."), tr("text"))
                << QCommandLineOption(QStringLiteral("dry-run"),
                                      tr("Check the file and report, but write nothing."))
                << QCommandLineOption(QStringLiteral("valid-only"),
                                      tr("Write the good rows and report the others (else one "
                                         "bad row refuses the file)."))
                << QCommandLineOption(QStringLiteral("ignore-unknown-columns"),
                                      tr("Leave out the columns no field takes (else they "
                                         "refuse the file)."))
                << QCommandLineOption(
                       QStringLiteral("duplicates"),
                       tr("What to do with records already there: skip (the default) or update."),
                       tr("choice"), QStringLiteral("skip"));
    } else if (command == QLatin1String("print")) {
        parser.addPositionalArgument(
            tr("report"),
            tr("The report: %1.").arg(ReportRegistry::names().join(QStringLiteral(", "))));
        parser.addPositionalArgument(tr("subject"),
                                     tr("What the report is about: an id or the exact title "
                                        "(not for the reports of a period)."));
        options << database << output
                << QCommandLineOption(QStringLiteral("from"),
                                      tr("reports of a period, attendance-sheet: the first day."),
                                      tr("date"))
                << QCommandLineOption(QStringLiteral("to"),
                                      tr("reports of a period, attendance-sheet: the last day."),
                                      tr("date"))
                << QCommandLineOption(QStringLiteral("participant"),
                                      tr("certificates: only for this person (id)."), tr("id"))
                << QCommandLineOption(
                       QStringLiteral("provisional"),
                       tr("certificates: also for people still taking part in a measure that "
                          "has not ended, marked as provisional."))
                << QCommandLineOption(QStringLiteral("site"),
                                      tr("activity-report: only this site's work (an id or its "
                                         "exact name)."),
                                      tr("site"))
                << scope;
    } else if (command == QLatin1String("export")) {
        parser.addPositionalArgument(tr("kind"),
                                     tr("What to export: %1.")
                                         .arg((Exporter::kinds() << QStringLiteral("indicators"))
                                                  .join(QStringLiteral(", "))));
        options << database << output
                << QCommandLineOption(QStringLiteral("format"),
                                      tr("excel (the default: semicolons, UTF-8 with BOM, "
                                         "dd.mm.yyyy, decimal comma) or plain (commas, UTF-8, "
                                         "ISO dates); for followups also ics, a calendar file."),
                                      tr("format"), QStringLiteral("excel"))
                << QCommandLineOption(QStringLiteral("from"), tr("indicators: the first day."),
                                      tr("date"))
                << QCommandLineOption(QStringLiteral("to"), tr("indicators: the last day."),
                                      tr("date"))
                << scope;
    }
    // Help and version as options of our own: Qt's help option would also offer
    // --help-all, which shows Qt's own options only when an application object exists.
    options << QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    if (command.isEmpty())
        options << QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                      tr("Show the program's version."));
    parser.addOptions(options);
    return options;
}

int CommandLine::run(const Invocation& invocation) {
    if (invocation.answered())
        return answer(invocation);
    if (invocation.command.isEmpty())
        return usageError(
            tr("Unknown command “%1”. Commands: %2.")
                .arg(invocation.positional.value(0), commands().join(QStringLiteral(", "))));
    if (invocation.command == QLatin1String("init"))
        return init(invocation);
    if (invocation.command == QLatin1String("import"))
        return import(invocation);
    if (invocation.command == QLatin1String("print"))
        return print(invocation);
    if (invocation.command == QLatin1String("export"))
        return exportList(invocation);
    if (invocation.command == QLatin1String("backup"))
        return backup(invocation);
    if (invocation.command == QLatin1String("restore"))
        return restore(invocation);
    if (invocation.command == QLatin1String("copy"))
        return copy(invocation);
    if (invocation.command == QLatin1String("history"))
        return history(invocation);
    if (invocation.command == QLatin1String("user"))
        return user(invocation);
    if (invocation.command == QLatin1String("person"))
        return person(invocation);
    if (invocation.command == QLatin1String("followups"))
        return followUps(invocation);
    return check(invocation);
}

int CommandLine::answer(const Invocation& invocation) {
    if (!invocation.knownLanguage())
        return usageError(
            tr("Unknown language “%1”; Verbund speaks de and en.").arg(invocation.language));
    if (!invocation.negativeNumber.isEmpty())
        return usageError(tr("“%1” is negative: numbers of records and counts begin at 1.")
                              .arg(invocation.negativeNumber));
    if (!invocation.problem.isEmpty()) {
        const QString problem =
            QCoreApplication::translate("QCommandLineParser", invocation.problem.toUtf8());
        return usageError(
            invocation.problemOption.isEmpty() ? problem : problem.arg(invocation.problemOption));
    }
    if (invocation.version) {
        m_out << QCoreApplication::applicationName().toLower() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    // The help in the language now installed; the usage line names the command ("verbund
    // import …"), not the path the program was started from.
    QCommandLineParser parser;
    describe(parser, invocation.command);
    QString help = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = help.indexOf(program);
    if (!program.isEmpty() && at >= 0 && at < help.indexOf(QLatin1Char('\n')))
        help.replace(at, program.size(),
                     QStringLiteral("verbund %1").arg(invocation.command).trimmed());
    m_out << help;
    return Success;
}

int CommandLine::refused(const Error& error) {
    m_err << error.fullText() << Qt::endl;
    if (error.code() == ErrorCode::Damaged && !m_databasePath.isEmpty())
        m_err << BackupFolder::newestBackupHint(m_databasePath) << Qt::endl;
    return Refused;
}

std::variant<std::unique_ptr<Database>, int> CommandLine::openDatabase(const Invocation& invocation,
                                                                       Database::OpenMode mode) {
    if (!invocation.isSet(QStringLiteral("database")))
        return usageError(tr("verbund %1 needs the database: -d FILE.").arg(invocation.command));
    m_databasePath = invocation.value(QStringLiteral("database"));
    auto database = Database::open(m_databasePath, mode, &BackupFolder::beforeMigration);
    if (!database)
        return refused(database.error());
    return std::move(*database);
}

int CommandLine::usageError(const QString& message) {
    m_err << message << Qt::endl
          << tr("Run “verbund --help” for the commands and their options.") << Qt::endl;
    return UsageError;
}

int CommandLine::init(const Invocation& invocation) {
    if (invocation.positional.size() != 1)
        return usageError(tr("verbund init needs exactly one file name."));
    const QString path = invocation.positional.constFirst();
    const bool demo = invocation.isSet(QStringLiteral("demo"));
    if (Status created = Database::createFile(path, demo ? createDemoNetwork
                                                         : std::function<Status(Database&)>());
        !created)
        return refused(created.error());
    m_out << (demo ? tr("Created the database “%1” with the demo network.")
                   : tr("Created the empty database “%1”."))
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int CommandLine::check(const Invocation& invocation) {
    if (!invocation.positional.isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(invocation.positional.first()));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    const auto& database = std::get<std::unique_ptr<Database>>(opened);
    const QString path = invocation.value(QStringLiteral("database"));
    auto report = checkDatabase(*database);
    if (!report)
        return refused(report.error());
    m_out << tr("Database: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl
          << tr("Engine: %1").arg(report->engine) << Qt::endl
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
    qsizetype width = 0;
    for (const auto& table : std::as_const(report->tableCounts))
        width = std::max(width, tableLabel(table.first).size() + 1);
    for (const auto& [table, count] : std::as_const(report->tableCounts))
        m_out << QStringLiteral("  %1 %2")
                     .arg(tableLabel(table) + QLatin1Char(':'), -int(width))
                     .arg(count, 7)
              << Qt::endl;
    return report->healthy() ? Success : Refused;
}

int CommandLine::history(const Invocation& invocation) {
    if (invocation.positional.size() != 2)
        return usageError(tr("verbund history needs the kind of record and its number, e.g. "
                             "“verbund history -d FILE participant 17”."));
    const QString word = invocation.positional.at(0).toLower();
    std::optional<RecordKind> kind;
    for (const auto& [name, named] : historyKindWords()) {
        if (word == name || word == name + QLatin1Char('s'))
            kind = named;
    }
    if (!kind)
        return usageError(
            tr("Unknown kind of record “%1”. Kinds: %2.")
                .arg(invocation.positional.at(0), historyKinds().join(QStringLiteral(", "))));
    const qint64 id = recordNumber(invocation.positional.at(1));
    if (id == 0)
        return usageError(
            tr("“%1” is not a record's number (1, 2, …).").arg(invocation.positional.at(1)));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    const HistoryService service(*std::get<std::unique_ptr<Database>>(opened));
    auto lines = service.about(*kind, id);
    if (!lines)
        return refused(lines.error());
    const QString record = QStringLiteral("%1 %2").arg(HistoryService::kindLabel(*kind)).arg(id);
    if (lines->isEmpty())
        return refused(Error(ErrorCode::NotFound,
                             tr("Nothing is recorded about %1: there is no such record, and "
                                "none was ever changed by that number.")
                                 .arg(record)));
    m_out << tr("History of %1 (%n change(s)):", nullptr, int(lines->size())).arg(record)
          << Qt::endl;
    for (const HistoryLine& line : std::as_const(*lines)) {
        m_out << QStringLiteral("%1  %2  %3 %4")
                     .arg(formatDateTime(line.at), line.actor, line.subject, line.action)
              << (line.erased ? QStringLiteral(" (%1)").arg(tr("personal data erased")) : QString())
              << Qt::endl;
        for (const QString& change : line.changes)
            m_out << QStringLiteral("    ") << change << Qt::endl;
    }
    return Success;
}

int CommandLine::user(const Invocation& invocation) {
    const QString action = invocation.positional.value(0);
    const QMap<QString, qsizetype> arguments{{QStringLiteral("add"), 2},
                                             {QStringLiteral("list"), 1},
                                             {QStringLiteral("role"), 3},
                                             {QStringLiteral("disable"), 2}};
    if (!arguments.contains(action) || invocation.positional.size() != arguments.value(action))
        return usageError(tr("verbund user takes one of: add LOGIN --role ROLE, list, role LOGIN "
                             "ROLE, disable LOGIN."));
    std::optional<UserRole> role;
    const QString roleText = action == QLatin1String("role")
                                 ? invocation.positional.value(2)
                                 : invocation.value(QStringLiteral("role"));
    if (action == QLatin1String("add") || action == QLatin1String("role")) {
        role = enumFromText<UserRole>(roleText);
        if (!role)
            return usageError(tr("Unknown role “%1”. Roles: %2.")
                                  .arg(roleText, userRoleKeys().join(QStringLiteral(", "))));
    }
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    Database& database = *std::get<std::unique_ptr<Database>>(opened);
    UserService users(database);
    qint64 siteId = 0;
    if (const int code = siteOf(invocation, database, siteId); code != Success)
        return code;
    const QString login = invocation.positional.value(1);
    if (action == QLatin1String("list")) {
        auto all = users.users();
        if (!all)
            return refused(all.error());
        if (all->isEmpty())
            m_out << (database.location().isServer()
                          ? tr("Nobody is listed yet: the database's owner administers it.")
                          : tr("Nobody is listed yet: whoever opens the file administers it."))
                  << Qt::endl;
        for (const User& user : std::as_const(*all))
            m_out << QStringLiteral("%1  %2  %3%4")
                         .arg(user.login, -16)
                         .arg(enumLabel(user.role), -16)
                         .arg(user.name, user.active ? QString()
                                                     : QStringLiteral("  (%1)").arg(tr("disabled")))
                  << Qt::endl;
        return Success;
    }
    Status done;
    if (action == QLatin1String("add")) {
        User user;
        user.login = login;
        user.name = invocation.value(QStringLiteral("name"));
        user.role = *role;
        user.siteId = siteId;
        done = users.add(user, invocation.value(QStringLiteral("password")));
        if (done)
            m_out << tr("Added “%1” as %2.").arg(user.login, enumLabel(user.role)) << Qt::endl;
    } else if (action == QLatin1String("role")) {
        done = users.setRole(login, *role, siteId);
        if (done)
            m_out << tr("“%1” now works as %2.").arg(login, enumLabel(*role)) << Qt::endl;
    } else {
        done = users.disable(login);
        if (done)
            m_out << tr("“%1” may no longer work on the network; their history stays.").arg(login)
                  << Qt::endl;
    }
    return done ? Success : refused(done.error());
}

int CommandLine::person(const Invocation& invocation) {
    const QString action = invocation.positional.value(0);
    const bool review = action == QLatin1String("review");
    const qsizetype arguments = review ? 1 : 2;
    if ((!review && action != QLatin1String("export") && action != QLatin1String("erase")) ||
        invocation.positional.size() != arguments)
        return usageError(tr("verbund person takes: export ID -o OUT.json|OUT.pdf, erase ID "
                             "--reason TEXT, or review."));
    const qint64 id = review ? 0 : recordNumber(invocation.positional.at(1));
    if (!review && id == 0)
        return usageError(
            tr("“%1” is not a record's number (1, 2, …).").arg(invocation.positional.at(1)));
    const QString path = invocation.value(QStringLiteral("output"));
    if (action == QLatin1String("export") && path.isEmpty())
        return usageError(
            tr("verbund person export needs the file to write: -o OUT.json or -o OUT.pdf."));
    if (action == QLatin1String("erase") &&
        invocation.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(tr("verbund person erase needs the legal basis: --reason TEXT, e.g. "
                             "--reason \"Request of the person, Art. 17(1)(a) GDPR\"."));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    PersonService people(*std::get<std::unique_ptr<Database>>(opened));
    const PersonKind kind =
        invocation.isSet(QStringLiteral("contact")) ? PersonKind::Contact : PersonKind::Participant;
    if (review) {
        auto past = people.pastRetention();
        if (!past)
            return refused(past.error());
        for (const RetentionRow& row : std::as_const(*past))
            m_out << QStringLiteral("%1  %2  %3")
                         .arg(row.id, 7)
                         .arg(formatDate(row.lastNeeded), -10)
                         .arg(row.name)
                  << Qt::endl;
        m_out << tr("%n participant(s) past the retention period.", nullptr, int(past->size()))
              << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("erase")) {
        auto extent = people.erasureExtent(kind, id);
        if (!extent)
            return refused(extent.error());
        if (Status erased = people.erase(kind, id, invocation.value(QStringLiteral("reason")));
            !erased)
            return refused(erased.error());
        m_out << (kind == PersonKind::Contact
                      ? tr("Erased the personal data of contact %1.").arg(id)
                      : tr("Erased the personal data of participant %1; their %n enrollment(s) "
                           "stay in every count as an anonymous person.",
                           nullptr, extent->enrollments)
                            .arg(id))
              << Qt::endl;
        return Success;
    }
    if (Status written = people.writeExport(kind, id, path); !written)
        return refused(written.error());
    const QString written = QDir::toNativeSeparators(path);
    m_out << (kind == PersonKind::Contact
                  ? tr("Wrote the data of contact %1 to “%2”.").arg(id).arg(written)
                  : tr("Wrote the data of participant %1 to “%2”.").arg(id).arg(written))
          << Qt::endl;
    return Success;
}

int CommandLine::backup(const Invocation& invocation) {
    if (!invocation.positional.isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(invocation.positional.first()));
    if (!invocation.isSet(QStringLiteral("output")))
        return usageError(tr("verbund backup needs the file to write: -o BACKUP."));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    const QString target = invocation.value(QStringLiteral("output"));
    if (Status written = Backup::write(*std::get<std::unique_ptr<Database>>(opened), target);
        !written)
        return refused(written.error());
    m_out << tr("Wrote the backup “%1” and checked it.").arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return Success;
}

int CommandLine::copy(const Invocation& invocation) {
    if (!invocation.positional.isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(invocation.positional.first()));
    if (!invocation.isSet(QStringLiteral("to")))
        return usageError(tr("verbund copy needs where the copy goes: --to TARGET."));
    auto opened = openDatabase(invocation, Database::OpenMode::ReadOnly);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    const Database& source = *std::get<std::unique_ptr<Database>>(opened);
    auto target = DatabaseLocation::parse(invocation.value(QStringLiteral("to")));
    if (!target)
        return refused(target.error());
    int told = 0;
    const auto progress = [this, &told](int percent) {
        // Every tenth, on the error channel, so that the output stays the result alone.
        if (percent / 10 > told / 10) {
            told = percent;
            m_err << tr("Copying … %1 %").arg(percent) << Qt::endl;
        }
        return true;
    };
    auto copied = NetworkCopy::copyToNew(source, *target, progress);
    if (!copied)
        return refused(copied.error());
    m_out << tr("Copied the network “%1” to “%2”: %3 records in %4 tables, each table compared "
                "with the original.")
                 .arg(source.location().displayName(), target->displayName())
                 .arg(NetworkCopy::records(*copied))
                 .arg(copied->size())
          << Qt::endl;
    return Success;
}

int CommandLine::restore(const Invocation& invocation) {
    if (invocation.positional.size() != 1)
        return usageError(tr("verbund restore needs one backup: verbund restore BACKUP -d FILE."));
    if (!invocation.isSet(QStringLiteral("database")))
        return usageError(tr("verbund restore needs the file to replace: -d FILE."));
    const QString file = invocation.value(QStringLiteral("database"));
    auto safety = Backup::restore(invocation.positional.first(), file, BackupFolder::of(file));
    if (!safety)
        return refused(safety.error());
    m_out << tr("Restored “%1” from “%2”.")
                 .arg(QDir::toNativeSeparators(file),
                      QDir::toNativeSeparators(invocation.positional.first()))
          << Qt::endl;
    if (!safety->isEmpty())
        m_out << tr("The file as it was is kept in “%1”.").arg(QDir::toNativeSeparators(*safety))
              << Qt::endl;
    return Success;
}

int CommandLine::import(const Invocation& invocation) {
    const QStringList& positional = invocation.positional;
    if (positional.size() != 2)
        return usageError(tr("verbund import needs what to import and the file: "
                             "verbund import curriculum FILE.csv -d DATABASE --title TITLE."));
    if (!importKinds.contains(positional.at(0)))
        return usageError(tr("Cannot import “%1”. Kinds: %2.")
                              .arg(positional.at(0), importKinds.join(QStringLiteral(", "))));
    const auto records = Importer::kindFromName(positional.at(0));
    if (!records && invocation.value(QStringLiteral("title")).trimmed().isEmpty())
        return usageError(tr("A curriculum needs its title: --title \"…\"."));
    const QString duplicatePolicy = invocation.value(QStringLiteral("duplicates"));
    if (duplicatePolicy != QLatin1String("skip") && duplicatePolicy != QLatin1String("update"))
        return usageError(tr("--duplicates is skip or update."));
    auto opened = openDatabase(invocation, invocation.isSet(QStringLiteral("dry-run"))
                                               ? Database::OpenMode::ReadOnly
                                               : Database::OpenMode::OpenExisting);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    if (records) {
        ImportOptions options;
        options.dryRun = invocation.isSet(QStringLiteral("dry-run"));
        options.validOnly = invocation.isSet(QStringLiteral("valid-only"));
        options.updateDuplicates = duplicatePolicy == QLatin1String("update");
        options.ignoreUnknownColumns = invocation.isSet(QStringLiteral("ignore-unknown-columns"));
        return importRecords(*database, *records, positional.at(1), options);
    }

    const QString file = QDir::toNativeSeparators(positional.at(1));
    auto curriculum =
        CurriculumImport::fromFile(positional.at(1), invocation.value(QStringLiteral("title")),
                                   invocation.value(QStringLiteral("target-group")));
    if (!curriculum)
        return refused(curriculum.error());
    const QString summary = tr("%n topic(s)", nullptr, int(curriculum->topics.size())) +
                            QStringLiteral(", ") + tr("%n UE", nullptr, curriculum->totalUe());
    if (invocation.isSet(QStringLiteral("dry-run"))) {
        m_out << tr("Checked “%1”: the curriculum “%2” would be imported with %3. Nothing was "
                    "written (--dry-run).")
                     .arg(file, curriculum->title, summary)
              << Qt::endl;
        return Success;
    }
    auto backup =
        BackupFolder::of(database->path()).take(*database, BackupFolder::Occasion::BeforeImport);
    if (!backup)
        return refused(backup.error());
    if (Status saved = CurriculumService(*database).save(*curriculum); !saved)
        return refused(saved.error());
    m_out << tr("Imported the curriculum “%1” (id %2) with %3.")
                 .arg(curriculum->title)
                 .arg(curriculum->meta.id)
                 .arg(summary)
          << Qt::endl;
    return Success;
}

int CommandLine::print(const Invocation& invocation) {
    const QStringList& positional = invocation.positional;
    const Report* report = positional.isEmpty() ? nullptr : ReportRegistry::find(positional.at(0));
    if (!report)
        return usageError(tr("Which report? Reports: %1.")
                              .arg(ReportRegistry::names().join(QStringLiteral(", "))));
    const bool needsSubject = report->subject != ReportSubject::Period;
    if (needsSubject && positional.size() != 2)
        return usageError(
            tr("verbund print %1 needs one subject: an id or the exact title.").arg(report->name));
    if (!needsSubject && positional.size() != 1)
        return usageError(tr("verbund print %1 takes no subject; choose the period with --from "
                             "and --to.")
                              .arg(report->name));
    const QList<std::pair<QString, ReportOption>> taken{
        {QStringLiteral("from"), ReportOption::Period},
        {QStringLiteral("to"), ReportOption::Period},
        {QStringLiteral("participant"), ReportOption::Participant},
        {QStringLiteral("provisional"), ReportOption::Provisional},
        {QStringLiteral("measure"), ReportOption::Scope},
        {QStringLiteral("programme"), ReportOption::Scope},
        {QStringLiteral("site"), ReportOption::Site}};
    for (const auto& [option, kind] : taken) {
        if (invocation.isSet(option) && !report->takes(kind))
            return usageError(tr("verbund print %1 takes no --%2.").arg(report->name, option));
    }
    auto period = periodOf(invocation);
    if (const int* code = std::get_if<int>(&period))
        return *code;
    ReportRequest request = std::get<ReportRequest>(period);
    if (invocation.isSet(QStringLiteral("participant"))) {
        request.participantId = recordNumber(invocation.value(QStringLiteral("participant")));
        if (request.participantId == 0)
            return usageError(tr("--participant takes the person's id, a number from 1 on."));
    }
    if (!invocation.isSet(QStringLiteral("output")))
        return usageError(tr("verbund print needs the file to write: -o FILE.pdf."));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    if (needsSubject) {
        auto subject = ReportRegistry::findSubject(*database, report->subject, positional.at(1));
        if (!subject)
            return refused(subject.error());
        request.subjectId = *subject;
    }
    if (const int code = narrow(invocation, *database, request); code != Success)
        return code;
    if (const int code = siteOf(invocation, *database, request.siteId); code != Success)
        return code;
    if (report->provisionalCount && !invocation.isSet(QStringLiteral("provisional"))) {
        auto count = report->provisionalCount(*database, request);
        if (!count)
            return refused(count.error());
        if (*count > 0) {
            m_err << tr("%n certificate(s) would be provisional: the people still take part and "
                        "“%1” has not ended. Add --provisional to print them marked as such.",
                        nullptr, *count)
                         .arg(positional.at(1))
                  << Qt::endl;
            return Refused;
        }
    }
    const QString output = invocation.value(QStringLiteral("output"));
    const Status issued = report->issue(*database, request, [&](const ReportDocument& document) {
        return ReportRenderer::writePdf(document, output);
    });
    if (!issued)
        return refused(issued.error());
    m_out << tr("Wrote “%1”.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Success;
}

int CommandLine::exportList(const Invocation& invocation) {
    const QStringList& positional = invocation.positional;
    const QStringList kinds = Exporter::kinds() << QStringLiteral("indicators");
    if (positional.size() != 1 || !kinds.contains(positional.at(0)))
        return usageError(tr("What to export? Kinds: %1.").arg(kinds.join(QStringLiteral(", "))));
    if (positional.at(0) == QLatin1String("indicators"))
        return exportIndicators(invocation);
    for (const char* option : {"from", "to", "measure", "programme"}) {
        if (invocation.isSet(QLatin1String(option)))
            return usageError(tr("verbund export %1 takes no --%2.")
                                  .arg(positional.at(0), QLatin1String(option)));
    }
    const QString formatName = invocation.value(QStringLiteral("format"));
    const bool followUps = positional.at(0) == QLatin1String("followups");
    const QString output = invocation.value(QStringLiteral("output"));
    const bool calendar =
        followUps && (formatName == QLatin1String("ics") ||
                      (!invocation.isSet(QStringLiteral("format")) &&
                       output.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive)));
    if (formatName != QLatin1String("excel") && formatName != QLatin1String("plain") && !calendar)
        return usageError(followUps ? tr("Formats: excel, plain, ics.")
                                    : tr("Formats: excel, plain."));
    if (!invocation.isSet(QStringLiteral("output")))
        return usageError(calendar ? tr("verbund export needs the file to write: -o FILE.ics.")
                                   : tr("verbund export needs the file to write: -o FILE.csv."));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    if (followUps) {
        if (Status applied = FollowUpService(*database).applyRules(today()); !applied)
            return refused(applied.error());
        if (calendar)
            return exportCalendar(*database, output);
    }
    if (Status written = CsvWriter::writeFile(
            output, formatName == QLatin1String("plain") ? CsvFormat::Plain : CsvFormat::Excel,
            [&](CsvWriter& csv) { return Exporter::exportKind(*database, positional.at(0), csv); });
        !written)
        return refused(written.error());
    m_out << tr("Wrote “%1”.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Success;
}

int CommandLine::importRecords(Database& database, ImportKind kind, const QString& path,
                               const ImportOptions& options) {
    const QString file = QDir::toNativeSeparators(path);
    auto table = CsvStream::openFile(path);
    if (!table)
        return refused(table.error());
    auto report = Importer::run(database, kind, **table, options);
    if (!report)
        return refused(report.error());
    m_out << tr("Read “%1” (%2, separated by “%3”): %n row(s).", nullptr, report->rows)
                 .arg(file, (*table)->encoding(),
                      (*table)->delimiter() == QLatin1Char('\t') ? tr("tab")
                                                                 : QString((*table)->delimiter()))
          << Qt::endl;
    const QString counts = report->counts();
    for (const QString& warning : std::as_const(report->warnings))
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    if (!report->problems.isEmpty() && !options.validOnly) {
        m_err << tr("The file was not imported; nothing was written.") << Qt::endl;
        for (const QString& line : report->problemLines())
            m_err << QStringLiteral("  - ") << line << Qt::endl;
        m_err << tr("Fix these rows, or import only the good ones with --valid-only.") << Qt::endl;
        return Refused;
    }
    for (const QString& line : report->problemLines())
        m_err << QStringLiteral("  - ") << line << Qt::endl;
    m_out << (report->written ? tr("Imported: %1").arg(counts)
                              : tr("Checked, nothing written (--dry-run): %1").arg(counts))
          << Qt::endl;
    if (!report->backup.isEmpty())
        m_out << tr("The database as it was before is kept in the backup “%1”.")
                     .arg(QDir::toNativeSeparators(report->backup))
              << Qt::endl;
    return Success;
}

int CommandLine::exportCalendar(Database& database, const QString& path) {
    const FollowUpService service(database);
    auto rows = service.all(FollowUpFilter());
    if (!rows)
        return refused(rows.error());
    auto calendar = service.calendar(*rows);
    if (!calendar)
        return refused(calendar.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*calendar) != calendar->size() ||
        !file.commit())
        return refused(
            Error(ErrorCode::Io, tr("“%1” could not be written: %2")
                                     .arg(QDir::toNativeSeparators(path), file.errorString())));
    m_out << tr("Wrote “%1” with %n follow-up(s).", nullptr, int(rows->size()))
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int CommandLine::followUps(const Invocation& invocation) {
    if (!invocation.positional.isEmpty())
        return usageError(tr("verbund followups takes no further arguments; the day goes with "
                             "--until, the person with --owner."));
    const QDate now = today();
    FollowUpFilter filter;
    filter.until = now;
    if (invocation.isSet(QStringLiteral("until"))) {
        filter.until = parseDate(invocation.value(QStringLiteral("until")));
        if (!filter.until.isValid())
            return usageError(tr("“%1” is not a date; write it as 31.12.2026.")
                                  .arg(invocation.value(QStringLiteral("until"))));
    }
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    FollowUpService service(*std::get<std::unique_ptr<Database>>(opened));
    QString whose;
    if (invocation.isSet(QStringLiteral("owner"))) {
        auto owner = service.staffNamed(invocation.value(QStringLiteral("owner")));
        if (!owner)
            return refused(owner.error());
        filter.ownerId = *owner;
        whose = invocation.value(QStringLiteral("owner")).simplified();
    }
    if (Status applied = service.applyRules(now, filter.until); !applied)
        return refused(applied.error());
    auto rows = service.all(filter);
    if (!rows)
        return refused(rows.error());
    const int count = int(rows->size());
    m_out << (whose.isEmpty()
                  ? tr("Follow-ups due by %1: %n", nullptr, count).arg(formatDate(filter.until))
                  : tr("Follow-ups of %1 due by %2: %n", nullptr, count)
                        .arg(whose, formatDate(filter.until)))
          << Qt::endl;
    for (const FollowUpRow& row : std::as_const(*rows)) {
        const FollowUp& f = row.followUp;
        QString line = QStringLiteral("  %1  %2: %3")
                           .arg(formatDate(f.dueOn), row.subjectName, followUpTask(f));
        if (whose.isEmpty() && !row.ownerName.isEmpty())
            line += QStringLiteral(" – ") + row.ownerName;
        if (f.dueOn < now)
            line += QStringLiteral(" (%1)").arg(tr("overdue"));
        m_out << line << Qt::endl;
    }
    return Success;
}

std::variant<ReportRequest, int> CommandLine::periodOf(const Invocation& invocation) {
    ReportRequest request;
    for (const auto& [option, date] : {std::pair{QStringLiteral("from"), &request.from},
                                       std::pair{QStringLiteral("to"), &request.to}}) {
        if (!invocation.isSet(option))
            continue;
        *date = parseDate(invocation.value(option));
        if (!date->isValid())
            return usageError(
                tr("“%1” is not a date; write it as 31.12.2026.").arg(invocation.value(option)));
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return usageError(tr("--from %1 is after --to %2: the period would be empty.")
                              .arg(formatDate(request.from), formatDate(request.to)));
    return request;
}

int CommandLine::narrow(const Invocation& invocation, Database& database, ReportRequest& request) {
    const bool measure = invocation.isSet(QStringLiteral("measure"));
    const bool programme = invocation.isSet(QStringLiteral("programme"));
    if (measure && programme)
        return usageError(tr("Choose --measure or --programme, not both."));
    if (measure) {
        auto found = ReportRegistry::findSubject(database, ReportSubject::Measure,
                                                 invocation.value(QStringLiteral("measure")));
        if (!found)
            return refused(found.error());
        request.measureId = *found;
    }
    if (programme) {
        auto found = ReportRegistry::findSubject(database, ReportSubject::Programme,
                                                 invocation.value(QStringLiteral("programme")));
        if (!found)
            return refused(found.error());
        request.programmeId = *found;
    }
    return Success;
}

int CommandLine::siteOf(const Invocation& invocation, Database& database, qint64& siteId) {
    if (!invocation.isSet(QStringLiteral("site")))
        return Success;
    const QString wanted = invocation.value(QStringLiteral("site")).trimmed();
    auto sites = NetworkService(database).sites();
    if (!sites)
        return refused(sites.error());
    for (const Site& site : std::as_const(*sites)) {
        if (QString::number(site.meta.id) == wanted ||
            site.name.compare(wanted, Qt::CaseInsensitive) == 0)
            siteId = site.meta.id;
    }
    if (siteId == 0)
        return refused(
            Error(ErrorCode::NotFound, tr("There is no site “%1” in this network.").arg(wanted)));
    return Success;
}

int CommandLine::exportIndicators(const Invocation& invocation) {
    auto period = periodOf(invocation);
    if (const int* code = std::get_if<int>(&period))
        return *code;
    ReportRequest request = std::get<ReportRequest>(period);
    const QString formatName = invocation.value(QStringLiteral("format"));
    if (formatName != QLatin1String("excel") && formatName != QLatin1String("plain"))
        return usageError(tr("Formats: excel, plain."));
    if (!invocation.isSet(QStringLiteral("output")))
        return usageError(tr("verbund export needs the file to write: -o FILE.csv."));
    auto opened = openDatabase(invocation);
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    if (const int code = narrow(invocation, *database, request); code != Success)
        return code;
    auto indicators = Indicators::read(
        *database, {request.from, request.to, request.measureId, request.programmeId});
    if (!indicators)
        return refused(indicators.error());
    const QString output = invocation.value(QStringLiteral("output"));
    if (Status written = CsvWriter::writeFile(
            output, formatName == QLatin1String("plain") ? CsvFormat::Plain : CsvFormat::Excel,
            [&](CsvWriter& csv) {
                indicators->write(csv);
                return Status{};
            });
        !written)
        return refused(written.error());
    m_out << tr("Wrote “%1”: %n entr(ies), %2 exit(s), %3 compan(ies).", nullptr,
                indicators->entries)
                 .arg(QDir::toNativeSeparators(output))
                 .arg(indicators->exits)
                 .arg(indicators->companies)
          << Qt::endl;
    if (!indicators->missing.isEmpty())
        m_err << tr("%n person(s) lack data the statistics need; they are counted as not "
                    "stated and listed at the end of the file.",
                    nullptr, int(indicators->missing.size()))
              << Qt::endl;
    return Success;
}

} // namespace Verbund
