#pragma once

#include "../common/result.h"
#include "../domain/enumtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Verbund {

class Database;

// The automatic backups of one network file, kept in the user's data folder: taken once a day
// when the window opens the file, before a migration, an import and a restore; each checked
// like every backup, the oldest removed once more than the kept count are there, and those
// holding a person's erased data once the erasure's grace period is over.
class BackupFolder final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::BackupFolder)
public:
    // Its key names the backup's file; its label is shown in the list.
    enum class Occasion { Daily, BeforeMigration, BeforeImport, BeforeRestore, ByHand };

    struct Entry {
        QString path;
        QDateTime taken;
        Occasion occasion = Occasion::ByHand;
        qint64 bytes = 0;
    };

    // What a backup holds, for choosing one.
    struct Counts {
        int dataVersion = 0;
        qint64 organisations = 0;
        qint64 participants = 0;
        qint64 measures = 0;
    };

    static constexpr int DefaultKept = 10;

    // The backups of `file` under `root` (a folder per network file), `kept` of them kept.
    BackupFolder(const QString& root, const QString& file, int kept = DefaultKept);
    // The backups of `file` in the user's data folder, as many kept as the setting says.
    static BackupFolder of(const QString& file);
    // The setting: how many automatic backups are kept per network file (at least 1).
    static int keptCount();
    static void setKeptCount(int count);

    const QString& path() const { return m_folder; }
    // Newest first.
    QList<Entry> entries() const;
    // A checked copy of the database as it is now; the oldest beyond the kept count go, unless
    // the caller rotates later (a backup that may be dropped again must not push others out).
    Result<Entry> take(Database& database, Occasion occasion, bool rotateNow = true) const;
    // Removes the backups that hold data erased since (PersonErasure): those taken before the
    // last erasure whose grace period (NetworkSettings::erasureGraceDays) is over.
    Status removeBeforeErasures(Database& database) const;
    // Removes the oldest beyond the kept count.
    void rotate() const;
    // The day's backup, unless one was taken today already; none taken gives no entry.
    Result<std::optional<Entry>> takeDaily(Database& database) const;
    // For Database::open: the file as it is, kept before it is brought up to date.
    static Status beforeMigration(Database& database);
    // What to say after "the file is damaged": the newest backup of the file and how to put it
    // back ("The newest backup is from …"); empty when there is none.
    static QString newestBackupHint(const QString& file);
    // Opens a backup as it is and counts what it holds.
    static Result<Counts> counts(const QString& backup);

private:
    QString m_folder;
    int m_kept = DefaultKept;
};

template <> std::span<const EnumEntry<BackupFolder::Occasion>> enumEntries();

} // namespace Verbund
