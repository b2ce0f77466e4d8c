#include "backup.h"

#include "../storage/database.h"
#include "backupfolder.h"
#include "databasecheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Verbund {

namespace {

QString shown(const QString& path) {
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<std::unique_ptr<Database>> Backup::openToCopy(const QString& path) {
    auto location = DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    return openToCopy(*location);
}

Result<std::unique_ptr<Database>> Backup::openToCopy(const DatabaseLocation& location) {
    constexpr int CacheMebibytes = 2;
    auto database = Database::open(location, Database::OpenMode::Inspect);
    if (!database)
        return database.error();
    if (Status small = (*database)->setCacheMebibytes(CacheMebibytes); !small)
        return small.error();
    return database;
}

Status Backup::verify(const QString& path, const QString& shownAs, CheckDepth depth) {
    auto copy = openToCopy(path);
    if (!copy)
        return Error(
            copy.error().code(),
            tr("“%1” is no usable backup: %2").arg(shown(shownAs), copy.error().message()));
    auto report = checkDatabase(**copy, depth);
    if (!report)
        return report.error();
    if (!report->healthy())
        return Error(ErrorCode::Damaged, tr("“%1” failed its integrity check: %2")
                                             .arg(shown(shownAs), (report->integrityProblems +
                                                                   report->foreignKeyProblems)
                                                                      .join(QStringLiteral("; "))));
    return {};
}

Status Backup::write(Database& database, const QString& target, CheckDepth depth) {
    if (QFileInfo::exists(target))
        return Database::existingFile(target);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error(ErrorCode::Io, tr("The folder of “%1” cannot be created.").arg(shown(target)));
    const QString building = Database::buildingPath(target);
    if (Status copied = database.copyTo(building); !copied) {
        Database::removeWithLog(building);
        return copied.error();
    }
    Status checked = verify(building, target, depth);
    if (checked && !QFile::rename(building, target))
        checked = Error(ErrorCode::Io, tr("“%1” cannot be written.").arg(shown(target)));
    if (!checked)
        Database::removeWithLog(building);
    return checked;
}

Result<QString> Backup::keep(const QString& file, const BackupFolder& folder) {
    if (auto current = openToCopy(file)) {
        if (auto kept = folder.take(**current, BackupFolder::Occasion::BeforeRestore))
            return kept->path;
    }
    // Damaged: the file and its log as they are, beside it, where the user finds them.
    const QFileInfo info(file);
    const QString safety = info.absoluteDir().filePath(
        tr("%1 (before the restore of %2).verbund")
            .arg(info.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"))));
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(file + suffix) && !QFile::copy(file + suffix, safety + suffix))
            return Error(ErrorCode::Io,
                         tr("The copy of “%1” as it was cannot be written beside it; it was "
                            "not changed.")
                             .arg(shown(file)));
    }
    return safety;
}

Status Backup::restorable(const QString& file) {
    // Others work in a server's network: it is not replaced under them.
    if (DatabaseLocation::namesServer(file))
        return Error(ErrorCode::Usage,
                     tr("A network on a server is not replaced by a backup while others work in "
                        "it. Copy the backup into a new, empty server database instead (open "
                        "the backup and choose File → Transfer the network to a server…, or "
                        "“verbund copy -d BACKUP --to URL”) and connect to that one."));
    return {};
}

Result<QString> Backup::restore(const QString& backup, const QString& file,
                                const BackupFolder& folder) {
    if (Status possible = restorable(file); !possible)
        return possible.error();
    if (Status checked = verify(backup, backup); !checked)
        return Error(checked.error().code(), checked.error().message() + QLatin1Char(' ') +
                                                 tr("“%1” was not changed.").arg(shown(file)));
    // Opened before the file is kept: keeping it may rotate the chosen backup out of its
    // folder, and what is open stays readable.
    QFile source(backup);
    if (!source.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("“%1” cannot be read.").arg(shown(backup)));
    QString safety;
    if (QFileInfo::exists(file)) {
        auto kept = keep(file, folder);
        if (!kept)
            return kept.error();
        safety = *kept;
    }
    // The old log must not be applied to the backup's pages.
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("“%1” cannot be written.").arg(shown(file)));
    while (!source.atEnd()) {
        const QByteArray block = source.read(1024 * 1024);
        if (block.isEmpty() || target.write(block) != block.size()) {
            target.cancelWriting();
            break;
        }
    }
    if (!target.commit())
        return Error(ErrorCode::Io, tr("“%1” cannot be written; the file as it was is in “%2”.")
                                        .arg(shown(file), shown(safety)));
    return safety;
}

} // namespace Verbund
