#pragma once

#include <QObject>
#include <QThread>
#include <memory>
#include <optional>

namespace Verbund {

class DatabaseLocation;

// The day's automatic backup of the file the window opened, taken on a connection of its own
// in the background: the window goes on working meanwhile. Taking it checks the whole file,
// so a damaged one is found here too.
class DailyBackup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)
public:
    explicit DailyBackup(QObject* parent = nullptr);
    // Waits for a backup still running: the program never ends in the middle of one.
    ~DailyBackup() override;

    // Takes the backup of the network (a file, or a server's with the password the window
    // was given) unless one was taken today; one at a time.
    void start(const DatabaseLocation& location);

signals:
    // taken: the path of the new backup, empty when today's was there already.
    void finished(const QString& file, const QString& taken);
    // damaged: the file itself is (its check or the copy found it).
    void failed(const QString& file, const QString& message, bool damaged);

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace Verbund
