#include "runverbund.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Verbund::Testing {

namespace {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

void startVerbund(QProcess& process, const QStringList& arguments) {
    process.setProgram(QStringLiteral(VERBUND_BINARY));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The program's backups and log go to a folder of the test run, not the user's.
    static const QTemporaryDir data;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    process.setProcessEnvironment(environment);
    process.start();
    REQUIRE(process.waitForStarted());
}

Run finished(QProcess& process) {
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run verbund(const QStringList& arguments) {
    QProcess process;
    startVerbund(process, arguments);
    return finished(process);
}

QString pdfText(const QString& path, int firstPage, int lastPage) {
    QStringList arguments{QStringLiteral("-layout")};
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

int pdfPageCount(const QString& path) {
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace Verbund::Testing
