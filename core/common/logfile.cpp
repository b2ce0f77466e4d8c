#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

Q_LOGGING_CATEGORY(verbundStorage, "verbund.storage")

namespace Verbund {

namespace {

QString& installedPath() {
    static QString path;
    return path;
}

void writeMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    constexpr qint64 MaxBytes = 1024 * 1024;
    const QString& path = installedPath();
    if (QFileInfo(path).size() > MaxBytes) {
        QFile::remove(path + QStringLiteral(".1"));
        QFile::rename(path, path + QStringLiteral(".1"));
    }
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    static const char* const kinds[] = {"debug", "warning", "critical", "fatal", "info"};
    const QString line =
        QStringLiteral("%1 %2 %3: %4\n")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate), QLatin1String(kinds[type]),
                 QLatin1String(context.category ? context.category : "default"), message);
    file.write(line.toUtf8());
}

} // namespace

void LogFile::install(const QString& path) {
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return; // Qt's own handler stays: the terminal
    installedPath() = path;
    qInstallMessageHandler(writeMessage);
}

QString LogFile::path() {
    return installedPath();
}

} // namespace Verbund
