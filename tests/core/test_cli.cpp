// Runs the real `verbund` binary on temporary files, as a script or a user would.
#include "tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using Verbund::Testing::fileChecksum;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run verbund(const QStringList& arguments) {
    QProcess process;
    process.setProgram(QStringLiteral(VERBUND_BINARY));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("verbund --version prints the version") {
    const Run run = verbund({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(VERBUND_VERSION)));
}

TEST_CASE("verbund init creates a database and check describes it") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("netz.verbund"));
    Run init =
        verbund({QStringLiteral("init"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created the empty database")));

    Run check = verbund({QStringLiteral("check"), QStringLiteral("-d"), path,
                         QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Data version: 1")));
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Organisations:")));
}

TEST_CASE("verbund init --demo fills the demo network in German when asked") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.verbund"));
    Run init = verbund({QStringLiteral("init"), path, QStringLiteral("--demo"),
                        QStringLiteral("--lang"), QStringLiteral("de")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Demo-Netzwerk")));
    Run check = verbund({QStringLiteral("check"), QStringLiteral("--database"), path,
                         QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrität: in Ordnung")));
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("Organisationen:\\s+12"))));
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("Beratungen:\\s+12"))));
}

TEST_CASE("verbund init refuses an existing file and leaves it alone") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.verbund"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Tabelle aus Excel");
    file.close();
    const QByteArray before = fileChecksum(path);
    Run init =
        verbund({QStringLiteral("init"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QStringLiteral("already exists")));
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("verbund check refuses a file that is not a Verbund database") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fileChecksum(path);
    Run check = verbund({QStringLiteral("check"), QStringLiteral("-d"), path,
                         QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("not a Verbund database")));
    CHECK(fileChecksum(path) == before);

    Run missing = verbund({QStringLiteral("check"), QStringLiteral("-d"),
                           dir.filePath(QStringLiteral("nowhere.verbund")),
                           QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nowhere.verbund"))));
}

TEST_CASE("bad arguments are usage errors with exit code 2") {
    CHECK(verbund({QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(verbund({QStringLiteral("frobnicate")}).exitCode == 2);
    const Run check =
        verbund({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(check.exitCode == 2);
    CHECK(check.err.contains(QStringLiteral("-d FILE")));
    CHECK(verbund({QStringLiteral("init")}).exitCode == 2);
    CHECK(verbund({QStringLiteral("init"), QStringLiteral("a"), QStringLiteral("b")}).exitCode ==
          2);
    CHECK(verbund({QStringLiteral("check"), QStringLiteral("-d")}).exitCode == 2);
}
