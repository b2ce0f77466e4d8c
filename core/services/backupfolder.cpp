#include "backupfolder.h"

#include "../common/dates.h"
#include "../storage/database.h"
#include "../storage/settings.h"
#include "../storage/sql.h"
#include "backup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <array>

namespace Verbund {

namespace {

const QString keptKey = QStringLiteral("backups/kept");
const QString timeFormat = QStringLiteral("yyyy-MM-dd HH.mm.ss");
const QString suffix = QStringLiteral(".verbund");

constexpr std::array occasionEntries{
    EnumEntry<BackupFolder::Occasion>{BackupFolder::Occasion::Daily, "daily",
                                      QT_TRANSLATE_NOOP("Verbund::Enum", "daily")},
    EnumEntry<BackupFolder::Occasion>{
        BackupFolder::Occasion::BeforeMigration, "update",
        QT_TRANSLATE_NOOP("Verbund::Enum", "before an update of the data")},
    EnumEntry<BackupFolder::Occasion>{BackupFolder::Occasion::BeforeImport, "import",
                                      QT_TRANSLATE_NOOP("Verbund::Enum", "before an import")},
    EnumEntry<BackupFolder::Occasion>{BackupFolder::Occasion::BeforeRestore, "restore",
                                      QT_TRANSLATE_NOOP("Verbund::Enum", "before a restore")},
    EnumEntry<BackupFolder::Occasion>{BackupFolder::Occasion::ByHand, "manual",
                                      QT_TRANSLATE_NOOP("Verbund::Enum", "taken by hand")},
};

} // namespace

BackupFolder::BackupFolder(const QString& root, const QString& file, int kept)
    : m_kept(std::max(1, kept)) {
    // One folder per network file: its name, and a short key of where it is, so that two
    // files of the same name keep their backups apart.
    const QFileInfo info(file);
    const QString where = QDir::cleanPath(info.absoluteFilePath());
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    m_folder = QDir(root).filePath(info.completeBaseName() + QLatin1Char(' ') + key);
}

BackupFolder BackupFolder::of(const QString& file) {
    return BackupFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/backups"),
                        file, keptCount());
}

int BackupFolder::keptCount() {
    return std::max(1, QSettings().value(keptKey, DefaultKept).toInt());
}

void BackupFolder::setKeptCount(int count) {
    QSettings().setValue(keptKey, std::max(1, count));
}

QList<BackupFolder::Entry> BackupFolder::entries() const {
    QList<Entry> found;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {QLatin1Char('*') + suffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& file : files) {
        const QString name = file.completeBaseName();
        Entry entry;
        entry.path = file.absoluteFilePath();
        entry.taken = QDateTime::fromString(name.left(timeFormat.size()), timeFormat);
        // "import", or "import 2" for the second of one second.
        const auto occasion =
            enumFromKey<Occasion>(name.mid(timeFormat.size() + 1).section(QLatin1Char(' '), 0, 0));
        entry.bytes = file.size();
        if (entry.taken.isValid() && occasion) {
            entry.occasion = *occasion;
            found << entry;
        }
    }
    return found;
}

Result<BackupFolder::Entry> BackupFolder::take(Database& database, Occasion occasion,
                                               bool rotateNow) const {
    Entry entry;
    entry.taken = QDateTime::currentDateTime();
    entry.occasion = occasion;
    // Two backups in one second (an import right after opening) get a number.
    const QString stem = entry.taken.toString(timeFormat) + QLatin1Char(' ') + enumKey(occasion);
    entry.path = QDir(m_folder).filePath(stem + suffix);
    for (int second = 2; QFileInfo::exists(entry.path); ++second)
        entry.path =
            QDir(m_folder).filePath(QStringLiteral("%1 %2").arg(stem).arg(second) + suffix);
    if (Status written =
            Backup::write(database, entry.path,
                          occasion == Occasion::ByHand ? CheckDepth::Full : CheckDepth::Quick);
        !written)
        return written.error();
    entry.bytes = QFileInfo(entry.path).size();
    if (rotateNow)
        rotate();
    return entry;
}

Result<std::optional<BackupFolder::Entry>> BackupFolder::takeDaily(Database& database) const {
    if (Status removed = removeBeforeErasures(database); !removed)
        return removed.error();
    const QList<Entry> taken = entries();
    if (!taken.isEmpty() && taken.constFirst().taken.date() == QDate::currentDate())
        return std::optional<Entry>();
    auto entry = take(database, Occasion::Daily);
    if (!entry)
        return entry.error();
    return std::optional<Entry>(*entry);
}

Status BackupFolder::removeBeforeErasures(Database& database) const {
    auto grace = NetworkSettings(database).erasureGraceDays();
    if (!grace)
        return grace.error();
    const QDateTime graceOver = QDateTime::currentDateTimeUtc().addDays(-*grace);
    auto erased = database.readValue(QStringLiteral("SELECT max(at) FROM erasure_log WHERE at <= ?"),
                                     {timestampToSql(graceOver)});
    if (!erased)
        return erased.error();
    if (erased->isNull())
        return {};
    const QDateTime lastErasure = timestampFromSql(*erased);
    for (const Entry& entry : entries()) {
        // Named to the second: one of the erasure's second may hold what came after it.
        if (entry.taken.addSecs(1) <= lastErasure)
            Database::removeWithLog(entry.path);
    }
    return {};
}

void BackupFolder::rotate() const {
    const QList<Entry> taken = entries();
    for (qsizetype i = m_kept; i < taken.size(); ++i)
        Database::removeWithLog(taken.at(i).path);
}

Status BackupFolder::beforeMigration(Database& database) {
    // A server brings its network up to date in one transaction, all steps or none; its
    // backups are its administrator's.
    if (database.location().isServer())
        return {};
    auto taken = of(database.path()).take(database, Occasion::BeforeMigration);
    if (!taken)
        return Error(taken.error().code(),
                     tr("The data was not brought up to date: the backup before it failed. %1")
                         .arg(taken.error().message()),
                     taken.error().detail());
    return {};
}

QString BackupFolder::newestBackupHint(const QString& file) {
    const QList<Entry> taken = of(file).entries();
    if (taken.isEmpty())
        return tr("There is no automatic backup of it.");
    return tr("The newest backup is from %1: “%2”. It puts the data back as it was then "
              "(window: File → Backups…; command: verbund restore BACKUP -d FILE).")
        .arg(formatDateTime(taken.constFirst().taken),
             QDir::toNativeSeparators(taken.constFirst().path));
}

Result<BackupFolder::Counts> BackupFolder::counts(const QString& backup) {
    auto database = Database::open(backup, Database::OpenMode::Inspect);
    if (!database)
        return database.error();
    Counts counts;
    counts.dataVersion = (*database)->schemaVersion();
    const auto count = [&database](const QString& table) -> Result<qint64> {
        // A backup of an older data version may not have the table yet.
        auto exists = (*database)->readValue(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {table});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            return 0;
        auto rows = (*database)->readValue(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!rows)
            return rows.error();
        return rows->toLongLong();
    };
    for (const auto& [table, into] :
         {std::pair{QStringLiteral("organisation"), &counts.organisations},
          std::pair{QStringLiteral("participant"), &counts.participants},
          std::pair{QStringLiteral("measure"), &counts.measures}}) {
        auto rows = count(table);
        if (!rows)
            return rows.error();
        *into = *rows;
    }
    return counts;
}

template <> std::span<const EnumEntry<BackupFolder::Occasion>> enumEntries() {
    return occasionEntries;
}

} // namespace Verbund
