#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QString>

namespace Verbund {

// Where a network is kept, as the user names it (-d, File → Open, recent entries): a file
// path, or a PostgreSQL server's database as postgresql://user@host:port/dbname. The
// password is never part of what is shown or remembered: it comes from the standard places
// (~/.pgpass, PGPASSWORD, a service file) or is given for one connection only.
class DatabaseLocation final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::DatabaseLocation)
public:
    static constexpr int DefaultPort = 5432;

    // A path, or a URL beginning "postgresql://" or "postgres://". Query items the server's
    // client understands (host for a socket folder, sslmode, service, connect_timeout) are
    // kept; a password in the URL is used but not kept in text().
    static Result<DatabaseLocation> parse(const QString& text);
    static DatabaseLocation file(const QString& path);
    static DatabaseLocation server(const QString& host, int port, const QString& database,
                                   const QString& user);
    // Whether the text names a server, before it is parsed.
    static bool namesServer(const QString& text);

    bool isServer() const { return m_server; }
    // The file's path (a file only).
    const QString& path() const { return m_path; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& databaseName() const { return m_database; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    // The client's connection options beside host, port, database, user and password.
    const QStringList& options() const { return m_options; }
    void setOptions(const QStringList& options) { m_options = options; }
    // The path, or the URL without a password: what is shown and remembered.
    QString text() const;
    // For the user: the path in the system's notation, or "dbname on host as user".
    QString displayName() const;

private:
    bool m_server = false;
    QString m_path;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_options;
};

} // namespace Verbund
