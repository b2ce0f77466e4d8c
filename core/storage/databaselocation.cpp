#include "databaselocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace Verbund {

namespace {

const QStringList& schemes() {
    static const QStringList known{QStringLiteral("postgresql"), QStringLiteral("postgres")};
    return known;
}

// The client's options a URL may carry; anything else is refused, not passed on unread.
const QStringList& knownOptions() {
    static const QStringList known{QStringLiteral("sslmode"), QStringLiteral("service"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name")};
    return known;
}

} // namespace

bool DatabaseLocation::namesServer(const QString& text) {
    const QString scheme = text.section(QStringLiteral("://"), 0, 0);
    return text.contains(QStringLiteral("://")) && schemes().contains(scheme.toLower());
}

DatabaseLocation DatabaseLocation::file(const QString& path) {
    DatabaseLocation location;
    location.m_path = path;
    return location;
}

DatabaseLocation DatabaseLocation::server(const QString& host, int port, const QString& database,
                                          const QString& user) {
    DatabaseLocation location;
    location.m_server = true;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text) {
    if (!namesServer(text))
        return file(text);
    const QUrl url(text, QUrl::StrictMode);
    const auto malformed = [&text](const QString& why) {
        return Error(ErrorCode::Usage, tr("“%1” is not a server address Verbund understands: %2 "
                                          "It looks like postgresql://user@host:5432/network.")
                                           .arg(text, why));
    };
    if (!url.isValid())
        return malformed(tr("it is malformed."));
    DatabaseLocation location =
        server(url.host(), url.port(DefaultPort), url.path().mid(1), url.userName());
    location.m_password = url.password();
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            location.m_host = value; // a socket folder, as the client's own URLs allow
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("dbname"))
            location.m_database = value;
        else if (knownOptions().contains(key))
            location.m_options << key + QLatin1Char('=') + value;
        else
            return malformed(tr("the setting “%1” is unknown.").arg(key));
    }
    const bool service = std::any_of(
        location.m_options.cbegin(), location.m_options.cend(),
        [](const QString& option) { return option.startsWith(QLatin1String("service=")); });
    if (location.m_database.isEmpty() && !service)
        return malformed(tr("the database's name is missing."));
    if (location.m_port <= 0 || location.m_port > 65535)
        return malformed(tr("the port is not a number from 1 to 65535."));
    return location;
}

QString DatabaseLocation::text() const {
    if (!m_server)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder cannot be a URL's host: it goes as the query's host, as the client has it.
    if (m_host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), m_host);
    else
        url.setHost(m_host);
    url.setUserName(m_user);
    if (m_port != DefaultPort)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    for (const QString& option : m_options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0),
                           option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseLocation::displayName() const {
    if (!m_server)
        return QDir::toNativeSeparators(m_path);
    const QString where =
        m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')) ? tr("this computer") : m_host;
    if (m_user.isEmpty())
        return tr("%1 on %2").arg(m_database, where);
    return tr("%1 on %2 as %3").arg(m_database, where, m_user);
}

} // namespace Verbund
