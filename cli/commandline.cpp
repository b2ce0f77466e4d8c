#include "commandline.h"

#include "application/curriculumservice.h"
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "reports/reportregistry.h"
#include "reports/reportrenderer.h"
#include "services/curriculumimport.h"
#include "services/databasecheck.h"
#include "services/exporter.h"
#include "services/importer.h"
#include "storage/database.h"

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
    };
    for (const auto& [name, label] : labels) {
        if (table == QLatin1String(name))
            return QCoreApplication::translate("Verbund::CommandLine", label);
    }
    return table;
}

QCommandLineOption outputOption() {
    return {{QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("Verbund::CommandLine", "The file to write."),
            QCoreApplication::translate("Verbund::CommandLine", "file")};
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
    return {QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("import"),
            QStringLiteral("print"), QStringLiteral("export")};
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
         tr("KIND: %1; --format excel|plain").arg(Exporter::kinds().join(list))},
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
    const QString& command = arguments.at(1);
    if (command == QLatin1String("init"))
        return init(own);
    if (command == QLatin1String("import"))
        return import(own);
    if (command == QLatin1String("print"))
        return print(own);
    if (command == QLatin1String("export"))
        return exportList(own);
    return check(own);
}

int CommandLine::refused(const Error& error) {
    m_err << error.fullText() << Qt::endl;
    return Refused;
}

std::optional<int> CommandLine::parse(QCommandLineParser& parser, const QStringList& arguments) {
    parser.addOption(languageOption());
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // The usage line names the command ("verbund import …"), not the program's path.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = help.indexOf(program);
        if (!program.isEmpty() && at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, program.size(),
                         arguments.value(0)
                             .section(QLatin1Char(' '), 1)
                             .prepend(QStringLiteral("verbund ")));
        m_out << help;
        return Success;
    }
    return std::nullopt;
}

std::variant<std::unique_ptr<Database>, int>
CommandLine::openDatabase(const QCommandLineParser& parser, const QString& command) {
    if (!parser.isSet(QStringLiteral("database")))
        return usageError(tr("verbund %1 needs the database: -d FILE.").arg(command));
    auto database =
        Database::open(parser.value(QStringLiteral("database")), Database::OpenMode::OpenExisting);
    if (!database)
        return refused(database.error());
    return std::move(*database);
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
    if (auto answered = parse(parser, arguments))
        return *answered;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("verbund init needs exactly one file name."));
    const QString path = parser.positionalArguments().constFirst();

    if (Status created = Database::createFile(
            path, parser.isSet(demo) ? createDemoNetwork : std::function<Status(Database&)>());
        !created)
        return refused(created.error());
    m_out << (parser.isSet(demo) ? tr("Created the database “%1” with the demo network.")
                                 : tr("Created the empty database “%1”."))
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return Success;
}

int CommandLine::check(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    if (auto answered = parse(parser, arguments))
        return *answered;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    auto opened = openDatabase(parser, QStringLiteral("check"));
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    const auto& database = std::get<std::unique_ptr<Database>>(opened);
    const QString path = parser.value(QStringLiteral("database"));
    auto report = checkDatabase(*database);
    if (!report)
        return refused(report.error());
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

int CommandLine::import(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        tr("kind"), tr("What the file holds: %1.").arg(importKinds.join(QStringLiteral(", "))));
    parser.addPositionalArgument(tr("file"), tr("The CSV file to read."));
    parser.addOption(databaseOption());
    const QCommandLineOption title(QStringLiteral("title"), tr("The curriculum's title."),
                                   tr("text"));
    const QCommandLineOption targetGroup(QStringLiteral("target-group"),
                                         tr("The curriculum's target group."), tr("text"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check the file and report, but write nothing."));
    const QCommandLineOption validOnly(
        QStringLiteral("valid-only"),
        tr("Write the good rows and report the others (else one bad row refuses the file)."));
    const QCommandLineOption duplicates(
        QStringLiteral("duplicates"),
        tr("What to do with records already there: skip (the default) or update."), tr("choice"),
        QStringLiteral("skip"));
    parser.addOptions({title, targetGroup, dryRun, validOnly, duplicates});
    if (auto answered = parse(parser, arguments))
        return *answered;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(tr("verbund import needs what to import and the file: "
                             "verbund import curriculum FILE.csv -d DATABASE --title TITLE."));
    if (!importKinds.contains(positional.at(0)))
        return usageError(tr("Cannot import “%1”. Kinds: %2.")
                              .arg(positional.at(0), importKinds.join(QStringLiteral(", "))));
    const auto records = Importer::kindFromName(positional.at(0));
    if (!records && parser.value(title).trimmed().isEmpty())
        return usageError(tr("A curriculum needs its title: --title \"…\"."));
    const QString duplicatePolicy = parser.value(duplicates);
    if (duplicatePolicy != QLatin1String("skip") && duplicatePolicy != QLatin1String("update"))
        return usageError(tr("--duplicates is skip or update."));
    auto opened = openDatabase(parser, QStringLiteral("import"));
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    if (records)
        return importRecords(*database, *records, positional.at(1), parser.isSet(dryRun),
                             parser.isSet(validOnly), duplicatePolicy == QLatin1String("update"));

    const QString file = QDir::toNativeSeparators(positional.at(1));
    auto curriculum = CurriculumImport::fromFile(positional.at(1), parser.value(title),
                                                 parser.value(targetGroup));
    if (!curriculum)
        return refused(curriculum.error());
    const QString summary = tr("%n topic(s)", nullptr, int(curriculum->topics.size())) +
                            QStringLiteral(", ") + tr("%n UE", nullptr, curriculum->totalUe());
    if (parser.isSet(dryRun)) {
        m_out << tr("Checked “%1”: the curriculum “%2” would be imported with %3. Nothing was "
                    "written (--dry-run).")
                     .arg(file, curriculum->title, summary)
              << Qt::endl;
        return Success;
    }
    if (Status saved = CurriculumService(*database).save(*curriculum); !saved)
        return refused(saved.error());
    m_out << tr("Imported the curriculum “%1” (id %2) with %3.")
                 .arg(curriculum->title)
                 .arg(curriculum->meta.id)
                 .arg(summary)
          << Qt::endl;
    return Success;
}

int CommandLine::print(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        tr("report"),
        tr("The report: %1.").arg(ReportRegistry::names().join(QStringLiteral(", "))));
    parser.addPositionalArgument(tr("subject"),
                                 tr("What the report is about: an id or the exact title (not for "
                                    "funding-report)."));
    parser.addOption(databaseOption());
    parser.addOption(outputOption());
    const QCommandLineOption from(
        QStringLiteral("from"), tr("funding-report, attendance-sheet: the first day."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("funding-report, attendance-sheet: the last day."), tr("date"));
    const QCommandLineOption participant(QStringLiteral("participant"),
                                         tr("certificates: only for this person (id)."), tr("id"));
    const QCommandLineOption provisional(
        QStringLiteral("provisional"),
        tr("certificates: also for people still taking part in a measure that has not ended, "
           "marked as provisional."));
    parser.addOptions({from, to, participant, provisional});
    if (auto answered = parse(parser, arguments))
        return *answered;
    const QStringList positional = parser.positionalArguments();
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
    const QList<std::pair<const QCommandLineOption*, ReportOption>> taken{
        {&from, ReportOption::Period},
        {&to, ReportOption::Period},
        {&participant, ReportOption::Participant},
        {&provisional, ReportOption::Provisional}};
    for (const auto& [option, kind] : taken) {
        if (parser.isSet(*option) && !report->takes(kind))
            return usageError(tr("verbund print %1 takes no --%2.")
                                  .arg(report->name, option->names().constFirst()));
    }
    ReportRequest request;
    for (const auto& [option, date] :
         {std::pair{&from, &request.from}, std::pair{&to, &request.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = parseDate(parser.value(*option));
        if (!date->isValid())
            return usageError(
                tr("“%1” is not a date; write it as 31.12.2026.").arg(parser.value(*option)));
    }
    if (parser.isSet(participant)) {
        bool isNumber = false;
        request.participantId = parser.value(participant).toLongLong(&isNumber);
        if (!isNumber)
            return usageError(tr("--participant takes the person's id, a number."));
    }
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(tr("verbund print needs the file to write: -o FILE.pdf."));
    auto opened = openDatabase(parser, QStringLiteral("print"));
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    if (needsSubject) {
        auto subject = ReportRegistry::findSubject(*database, report->subject, positional.at(1));
        if (!subject)
            return refused(subject.error());
        request.subjectId = *subject;
    }
    if (report->provisionalCount && !parser.isSet(provisional)) {
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
    const QString output = parser.value(QStringLiteral("output"));
    const Status issued = report->issue(*database, request, [&](const ReportDocument& document) {
        return ReportRenderer::writePdf(document, output);
    });
    if (!issued)
        return refused(issued.error());
    m_out << tr("Wrote “%1”.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Success;
}

int CommandLine::exportList(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        tr("kind"), tr("What to export: %1.").arg(Exporter::kinds().join(QStringLiteral(", "))));
    parser.addOption(databaseOption());
    parser.addOption(outputOption());
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("excel (the default: semicolons, UTF-8 with BOM, "
                                       "dd.mm.yyyy, decimal comma) or plain (commas, UTF-8, ISO "
                                       "dates)."),
                                    tr("format"), QStringLiteral("excel"));
    parser.addOption(format);
    if (auto answered = parse(parser, arguments))
        return *answered;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !Exporter::kinds().contains(positional.at(0)))
        return usageError(
            tr("What to export? Kinds: %1.").arg(Exporter::kinds().join(QStringLiteral(", "))));
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("excel") && formatName != QLatin1String("plain"))
        return usageError(tr("Formats: excel, plain."));
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(tr("verbund export needs the file to write: -o FILE.csv."));
    auto opened = openDatabase(parser, QStringLiteral("export"));
    if (const int* code = std::get_if<int>(&opened))
        return *code;
    auto& database = std::get<std::unique_ptr<Database>>(opened);
    auto bytes = Exporter::exportKind(*database, positional.at(0),
                                      formatName == QLatin1String("plain") ? CsvFormat::Plain
                                                                           : CsvFormat::Excel);
    if (!bytes)
        return refused(bytes.error());
    const QString output = parser.value(QStringLiteral("output"));
    if (Status written = CsvWriter::writeFile(output, *bytes); !written)
        return refused(written.error());
    m_out << tr("Wrote “%1”.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return Success;
}

int CommandLine::importRecords(Database& database, ImportKind kind, const QString& path,
                               bool dryRun, bool validOnly, bool updateDuplicates) {
    const QString file = QDir::toNativeSeparators(path);
    auto table = CsvReader::readFile(path);
    if (!table)
        return refused(table.error());
    ImportOptions options;
    options.dryRun = dryRun;
    options.validOnly = validOnly;
    options.updateDuplicates = updateDuplicates;
    auto report = Importer::run(database, kind, *table, options);
    if (!report)
        return refused(report.error());
    m_out << tr("Read “%1” (%2, separated by “%3”): %n row(s).", nullptr, report->rows)
                 .arg(file, table->encoding,
                      table->delimiter == QLatin1Char('\t') ? tr("tab") : QString(table->delimiter))
          << Qt::endl;
    const QString counts = report->counts();
    if (!report->problems.isEmpty() && !validOnly) {
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
    return Success;
}

} // namespace Verbund
