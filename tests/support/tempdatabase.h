#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDate>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& value) {
        return value.toString(Qt::ISODate).toStdString();
    }
};
} // namespace Catch

namespace Verbund::Testing {

// Whether the tests run against the tests' own PostgreSQL server (VERBUND_TEST_SERVER names
// the folder tests/support/postgres-server started it in) rather than on files.
bool onServer();
// A place for a new network: a file of this name in `dir`, or on the tests' server a new
// empty database's URL.
QString newDatabase(const QTemporaryDir& dir, const QString& fileName);

// Runs one statement on a server database of the tests' server, as another program would.
void runOnServer(const QString& url, const QString& statement);

// Ends every connection to a server database of the tests' server, as a server restart or a
// broken network would, and lets new ones in or keeps them out (as a server that is away).
void cutConnections(const QString& url, bool letNewOnesIn);

// A fresh database in a temporary folder that is removed with it, or on the tests' server
// (onServer) a fresh server database, dropped with it.
class TempDatabase final {
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
    Database& operator*() const { return *m_database; }
    Database* operator->() const { return m_database.get(); }
    Database* get() const { return m_database.get(); }
    // A file of this name in the database's temporary folder.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // The file's path or the server database's URL.
    const QString& path() const { return m_path; }
    // The file's bytes' checksum, or on a server every table's count and checksum: to prove
    // that nothing was changed.
    QByteArray checksum() const;
    // Closes the connection (the file stays until the object goes).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// SHA-256 of a file's bytes, to prove a file was left unchanged.
QByteArray fileChecksum(const QString& path);

} // namespace Verbund::Testing
