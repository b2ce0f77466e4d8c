#include "tempdatabase.h"

#include "storage/networkcopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace Verbund::Testing {

namespace {

// "host port user" of the tests' server, as postgres-server wrote them; empty on files.
QStringList serverAddress() {
    static const QStringList address = [] {
        const QString folder = qEnvironmentVariable("VERBUND_TEST_SERVER");
        if (folder.isEmpty())
            return QStringList();
        QFile file(folder + QStringLiteral("/server"));
        if (!file.open(QIODevice::ReadOnly))
            FAIL("The tests' PostgreSQL server is not running: " << folder.toStdString());
        return QString::fromUtf8(file.readAll()).simplified().split(QLatin1Char(' '));
    }();
    return address;
}

QString serverUrl(const QString& database) {
    const QStringList address = serverAddress();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(address.at(2), address.at(0), address.at(1), database);
}

// Runs one statement on the server's maintenance database; the server's words on failure.
QString administer(const QString& statement, const QVariantList& values = {}) {
    const QString name = QStringLiteral("verbund-tests-admin");
    if (!QSqlDatabase::contains(name)) {
        const QStringList address = serverAddress();
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(address.at(0));
        admin.setPort(address.at(1).toInt());
        admin.setUserName(address.at(2));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            return admin.lastError().text();
    }
    QSqlQuery query(QSqlDatabase::database(name));
    if (values.isEmpty())
        return query.exec(statement) ? QString() : query.lastError().text();
    query.prepare(statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace

bool onServer() {
    return !serverAddress().isEmpty();
}

QString newDatabase(const QTemporaryDir& dir, const QString& fileName) {
    if (!onServer())
        return dir.filePath(fileName);
    static int made = 0;
    const QString name =
        QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    if (const QString failed = administer(QStringLiteral("CREATE DATABASE %1").arg(name));
        !failed.isEmpty())
        FAIL(failed.toStdString());
    return serverUrl(name);
}

void runOnServer(const QString& url, const QString& statement) {
    const QString name = QStringLiteral("verbund-tests-other");
    {
        const QStringList address = serverAddress();
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        other.setHostName(address.at(0));
        other.setPort(address.at(1).toInt());
        other.setUserName(address.at(2));
        other.setDatabaseName(url.section(QLatin1Char('/'), -1));
        REQUIRE(other.open());
        QSqlQuery query(other);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

void cutConnections(const QString& url, bool letNewOnesIn) {
    // The database's name is the tests' own identifier; the one value is bound.
    const QString name = url.section(QLatin1Char('/'), -1);
    QString failed =
        administer(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS %2")
                       .arg(name, letNewOnesIn ? QStringLiteral("true") : QStringLiteral("false")));
    // Waits until they are gone.
    if (failed.isEmpty())
        failed = administer(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM "
                                           "pg_stat_activity WHERE datname = ?"),
                            {name});
    if (!failed.isEmpty())
        FAIL(failed.toStdString());
}

TempDatabase::TempDatabase()
    : m_path(newDatabase(m_dir, QStringLiteral("test.verbund"))) {
    reopen();
}

TempDatabase::~TempDatabase() {
    m_database.reset();
    if (onServer()) // what is left is removed with the server at the end
        (void)administer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)")
                             .arg(m_path.section(QLatin1Char('/'), -1)));
}

QByteArray TempDatabase::checksum() const {
    if (!onServer())
        return fileChecksum(m_path);
    auto database = Database::open(m_path, Database::OpenMode::Inspect);
    if (!database)
        FAIL(database.error().fullText().toStdString());
    auto sums = NetworkCopy::sums(**database);
    if (!sums)
        FAIL(sums.error().fullText().toStdString());
    QByteArray all;
    for (const NetworkCopy::TableSum& sum : *sums)
        all += sum.table.toUtf8() + ' ' + QByteArray::number(sum.rows) + ' ' + sum.checksum + '\n';
    return all;
}

void TempDatabase::reopen() {
    m_database.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().fullText().toStdString());
    m_database = std::move(*opened);
}

QByteArray fileChecksum(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace Verbund::Testing
