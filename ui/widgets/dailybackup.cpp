#include "dailybackup.h"

#include "services/backup.h"
#include "services/backupfolder.h"
#include "storage/database.h"

namespace Verbund {

DailyBackup::DailyBackup(QObject* parent)
    : QObject(parent) {}

DailyBackup::~DailyBackup() {
    if (m_thread)
        m_thread->wait();
}

void DailyBackup::start(const DatabaseLocation& location) {
    if (m_thread && m_thread->isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this, location, file = location.text()] {
        // Read only: the copy takes no write lock, and the window's own connection goes on.
        const Result<QString> taken = [&location, &file]() -> Result<QString> {
            auto database = Backup::openToCopy(location);
            if (!database)
                return database.error();
            auto entry = BackupFolder::of(file).takeDaily(**database);
            if (!entry)
                return entry.error();
            return *entry ? (*entry)->path : QString();
        }();
        // Queued to the window's thread.
        if (taken)
            emit finished(file, *taken);
        else
            emit failed(file, taken.error().message(), taken.error().code() == ErrorCode::Damaged);
    }));
    m_thread->start(QThread::LowPriority);
}

} // namespace Verbund
