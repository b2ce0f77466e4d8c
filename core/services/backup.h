#pragma once

#include "../common/result.h"
#include "databasecheck.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Verbund {

class BackupFolder;
class Database;
class DatabaseLocation;

// Copies of a network's file that count only once checked: taken while others go on working
// with it, and put back with the file as it was kept beside it.
class Backup final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::Backup)
public:
    // A connection of its own to the file as it is (read only, not brought up to date), with
    // the small page cache of a read that takes each page once: for copying or checking it,
    // also in another thread.
    static Result<std::unique_ptr<Database>> openToCopy(const QString& path);
    // As above, a server's network with the password the window was given.
    static Result<std::unique_ptr<Database>> openToCopy(const DatabaseLocation& location);
    // A consistent copy of the database as it is now (others may go on writing meanwhile),
    // made beside the target under a hidden name, opened and checked for integrity, then
    // renamed into place. Never over an existing file.
    // The automatic backups are checked quickly (see CheckDepth).
    static Status write(Database& database, const QString& target,
                        CheckDepth depth = CheckDepth::Full);
    // Puts the backup in the file's place once the backup passed its check. The file as it
    // was is kept first: as a checked backup in `folder`, or, when it cannot be read as a
    // database any more, copied with its log beside it. The kept copy's path is returned.
    static Result<QString> restore(const QString& backup, const QString& file,
                                   const BackupFolder& folder);
    // Whether a backup may be put in this place: a file's, never a server network's.
    static Status restorable(const QString& file);

private:
    // Opens the file to read only, as it is, and runs the integrity check; an error names it.
    static Status verify(const QString& path, const QString& shownAs,
                         CheckDepth depth = CheckDepth::Full);
    // The file as it is, kept before a restore replaces it.
    static Result<QString> keep(const QString& file, const BackupFolder& folder);
};

} // namespace Verbund
