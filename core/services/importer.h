#pragma once

#include "../common/result.h"
#include "csvstream.h"

#include <QCoreApplication>
#include <QHash>

namespace Verbund {

class Database;

enum class ImportKind { Organisations, Contacts, Participants };

// A field a file's column can fill, with the header names (English and German, with common
// synonyms) that map to it.
struct ImportField {
    QString key;
    QString label; // in the user's language, for reports and the mapping step
    QStringList headers;
    bool required = false;
};

// One refused row: where, which column, what it held and why.
struct ImportProblem {
    int row = 0;
    QString column;
    QString value;
    QString reason;
};

// What an import is doing while it tells its progress.
enum class ImportPhase { Checking, BackingUp, Writing };

struct ImportOptions {
    bool dryRun = false;           // check and report, write nothing
    bool validOnly = false;        // write the good rows, report the rest
    bool updateDuplicates = false; // else duplicates are skipped
    // field key → column; fields left out are taken from the headers.
    QHash<QString, int> mapping;
    // Columns no field takes (unknown, or a second one of the same name) are left out; else
    // they refuse the file, and a dry run reports them as warnings.
    bool ignoreUnknownColumns = false;
    // Told now and then what the import does and how much of the file it has read (0–100).
    // Answering false stops it: before the writing nothing is written; while writing, the
    // batches written before stay, and the error says how many rows they hold.
    std::function<bool(ImportPhase phase, int percent)> progress;
};

struct ImportReport {
    int rows = 0;
    int imported = 0;
    int updated = 0;
    int duplicatesSkipped = 0;
    QList<ImportProblem> problems;
    // What a dry run found that a real run would refuse before the rows: columns left over.
    QStringList warnings;
    bool written = false;
    // The automatic backup taken before the write.
    QString backup;
    // "Row 7, column Member since, “31.02.2024”: not a date." per problem.
    QStringList problemLines() const;
    // The rows refused, each counted once however many problems it has.
    int refusedRows() const;
    // "3 new, 1 updated, 0 duplicates skipped, 2 rows refused."
    QString counts() const;
};

// Brings organisations, contacts and participants from a CSV file into the database: all
// rows or none (unless only the valid ones are wanted; the file is checked whole before
// anything is written), duplicates skipped or updated. The file is read as a stream and
// written in batches of a few thousand rows, so that others can write in between.
class Importer final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::Importer)
public:
    static QList<ImportField> fields(ImportKind kind);
    // Each field's column as the headers name it; -1 when no header does.
    static QHash<QString, int> mapHeaders(ImportKind kind, const QStringList& header);
    static Result<ImportReport> run(Database& database, ImportKind kind, CsvStream& file,
                                    const ImportOptions& options);
    // "organisations", "contacts", "participants"
    static std::optional<ImportKind> kindFromName(const QString& name);
};

} // namespace Verbund
