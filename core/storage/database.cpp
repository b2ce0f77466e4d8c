#include "database.h"

#include "../common/folding.h"
#include "../common/logfile.h"
#include "../common/systemuser.h"
#include "datachanges.h"
#include "migrations.h"
#include "networkcopy.h"
#include "postgresdialect.h"
#include "sql.h"
#include "sqlitedialect.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QtEndian>
#include <optional>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace Verbund {

namespace {

QString newConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("verbund-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error notVerbund(const QString& path) {
    return Error(ErrorCode::NotVerbund,
                 QCoreApplication::translate("Verbund::Database",
                                             "“%1” is a database of another program, not a "
                                             "Verbund database. It was not opened or changed.")
                     .arg(QDir::toNativeSeparators(path)));
}

Error newerSchema(const QString& path, int version) {
    return Error(ErrorCode::NewerSchema,
                 QCoreApplication::translate("Verbund::Database",
                                             "“%1” was saved by a newer version of Verbund "
                                             "(data version %2, this program knows up to %3). "
                                             "Please update Verbund. The file was not changed.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(version)
                     .arg(Database::SchemaVersion));
}

Error notSqlite(const QString& path) {
    return Error(ErrorCode::NotSqlite,
                 QCoreApplication::translate("Verbund::Database",
                                             "“%1” is not a Verbund database (not a database "
                                             "file at all). It was not opened or changed.")
                     .arg(QDir::toNativeSeparators(path)));
}

// The files this program has open through SQLite, by canonical path, with how many
// connections. While one is, its header is not read again: closing any descriptor of a file
// drops every lock this process holds on it, SQLite's included, and another program closing
// the file would then take the log from under the open connection, with what it was writing.
QMutex openFilesLock;
QHash<QString, int> openFiles;

bool isOpenHere(const QString& canonicalPath) {
    const QMutexLocker locked(&openFilesLock);
    return openFiles.contains(canonicalPath);
}

void noteOpened(const QString& canonicalPath) {
    const QMutexLocker locked(&openFilesLock);
    ++openFiles[canonicalPath];
}

void noteClosed(const QString& canonicalPath) {
    const QMutexLocker locked(&openFilesLock);
    if (--openFiles[canonicalPath] <= 0)
        openFiles.remove(canonicalPath);
}

// Reads the SQLite file header without SQLite, so a file that is not ours is never touched.
Status checkHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("Verbund::Database", "“%1” cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() == 0)
        return Error(ErrorCode::NotSqlite,
                     QCoreApplication::translate(
                         "Verbund::Database",
                         "“%1” is empty: it is no Verbund database, and Verbund does not turn it "
                         "into one. “verbund init” or File → New database… makes a new one.")
                         .arg(QDir::toNativeSeparators(path)));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return notSqlite(path);
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const qint32 userVersion = qFromBigEndian<qint32>(bytes + 60);
    const qint32 applicationId = qFromBigEndian<qint32>(bytes + 68);
    if (applicationId != 0 && applicationId != Database::ApplicationId)
        return notVerbund(path);
    if (applicationId == Database::ApplicationId && userVersion > Database::SchemaVersion)
        return newerSchema(path, userVersion);
    return {};
}

// The connection's own SQLite handle, as Qt's driver holds it.
sqlite3* sqliteOf(const QSqlDatabase& connection) {
    const QVariant handle = connection.driver()->handle();
    Q_ASSERT(qstrcmp(handle.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3* const*>(handle.constData());
}

// fold(text) in SQL: the text as folded() gives it, for filters that find "öztürk" in
// "ÖZTÜRK"; NULL stays NULL. Plain ASCII, the most of a German name, is lowered in place.
void foldFunction(sqlite3_context* context, int, sqlite3_value** arguments) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const int size = sqlite3_value_bytes(arguments[0]);
    const QByteArrayView bytes(text, size);
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; })) {
        QByteArray lowered(bytes.toByteArray());
        for (char& c : lowered)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        sqlite3_result_text(context, lowered.constData(), int(lowered.size()), SQLITE_TRANSIENT);
        return;
    }
    const QByteArray result = folded(QString::fromUtf8(bytes)).toUtf8();
    sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
}

// verbund_actor() in SQL: who changes a local file, for its history (the server's history
// names its login).
void actorFunction(sqlite3_context* context, int, sqlite3_value**) {
    static const QByteArray actor = systemUserName().toUtf8();
    sqlite3_result_text(context, actor.constData(), int(actor.size()), SQLITE_STATIC);
}

int bindValue(sqlite3_stmt* statement, int index, const QVariant& value) {
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

// A server that could not be reached or refused the connection, in the user's words.
Error serverFailure(const DatabaseLocation& location, const QString& driverText) {
    qCWarning(verbundStorage).noquote() << driverText;
    const QString where = location.displayName();
    const auto says = [&driverText](const char* words) {
        return driverText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("no password supplied") || says("password authentication failed"))
        return Error(ErrorCode::Authentication,
                     QCoreApplication::translate(
                         "Verbund::Database",
                         "The server of %1 wants a password, and the one given is missing or "
                         "wrong.")
                         .arg(where));
    if (says("does not exist") && says("database"))
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("Verbund::Database",
                                                 "The server has no database “%1”. Its "
                                                 "administrator creates it (see the README).")
                         .arg(location.databaseName()));
    if (says("does not exist") && says("role"))
        return Error(
            ErrorCode::Authentication,
            QCoreApplication::translate("Verbund::Database", "The server knows no user “%1”.")
                .arg(location.user()));
    if (says("CONNECT privilege"))
        return Error(ErrorCode::Authentication,
                     QCoreApplication::translate(
                         "Verbund::Database",
                         "%1 may not work on the network %2 (any more): no role in it is "
                         "theirs. Its administrator can give them one.")
                         .arg(location.user(), where));
    if (says("no pg_hba.conf entry") || says("permission denied"))
        return Error(ErrorCode::Authentication,
                     QCoreApplication::translate(
                         "Verbund::Database",
                         "The server does not let %1 in from this computer. Its administrator "
                         "can allow it.")
                         .arg(where));
    return Error(ErrorCode::Unreachable,
                 QCoreApplication::translate("Verbund::Database",
                                             "The server of %1 cannot be reached. Is it "
                                             "running, and is this computer in its network?")
                     .arg(where),
                 driverText);
}

// Whether a process of this id is running (on other systems than Unix: assumed so).
bool processRuns(qint64 id) {
#ifdef Q_OS_UNIX
    return id == QCoreApplication::applicationPid() || ::kill(pid_t(id), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(id);
    return true;
#endif
}

} // namespace

Database::Database(DatabaseLocation location, QString connectionName,
                   std::unique_ptr<Dialect> dialect)
    : m_location(std::move(location))
    , m_path(m_location.text())
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
    , m_changes(std::make_unique<DataChanges>()) {}

Database::~Database() {
    m_othersPoll.reset();
    m_reads.clear(); // the statements go before their connection
    m_lostReads.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openFile.isEmpty())
        noteClosed(m_openFile);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<KeptRead> Database::runRead(const QString& sql, const QVariantList& values) const {
    auto read = runReadOnce(sql, values);
    if (read)
        return read;
    Error failure = read.error();
    if (reconnectAfter(failure))
        return runReadOnce(sql, values);
    return failure;
}

Result<KeptRead> Database::runReadOnce(const QString& sql, const QVariantList& values) const {
    if (!connection().isOpen()) // a server that could not be reached anew
        return lostConnection();
    // The reads of a program are a few dozen texts; those built from changing parts (a list
    // of ids) are run without keeping, once this many are kept.
    constexpr std::size_t KeptReads = 200;
    auto kept = m_reads.find(sql);
    if (kept == m_reads.end() && m_reads.size() < KeptReads) {
        auto fresh = std::make_unique<Kept>();
        fresh->query = newQuery(connection());
        if (!fresh->query.prepare(sql))
            return preparedFailure(fresh->query, sql);
        kept = m_reads.emplace(sql, std::move(fresh)).first;
    }
    if (kept == m_reads.end() || kept->second->inUse) {
        auto own = runSql(connection(), sql, values);
        if (!own)
            return own.error();
        return KeptRead(std::move(*own));
    }
    Kept& read = *kept->second;
    if (Status done = runPrepared(read.query, values, sql); !done)
        return done.error();
    return KeptRead(&read.query, &read.inUse);
}

bool Database::reconnectAfter(Error& failure) const {
    if (!m_dialect->isServer())
        return false;
    QSqlDatabase db = connection();
    // A closed connection is one that could not be made anew before.
    if (!db.isOpen())
        failure = lostConnection();
    if (failure.code() != ErrorCode::Unreachable || m_transactionDepth > 0)
        return false;
    // While the server stays away, reads and writes in quick succession do not each wait
    // for it.
    constexpr qint64 RetryMilliseconds = 2000;
    if (m_reconnectFailure && m_lastReconnect.isValid() &&
        m_lastReconnect.elapsed() < RetryMilliseconds)
        return false;
    m_lastReconnect.start();
    db.close();
    // The statements prepared on the lost connection go with it; one still being read is
    // kept until its reader lets go of it.
    for (auto& [sql, kept] : m_reads) {
        if (kept->inUse)
            m_lostReads.push_back(std::move(kept));
    }
    m_reads.clear();
    std::erase_if(m_lostReads, [](const std::unique_ptr<Kept>& kept) { return !kept->inUse; });
    const bool wasLost = m_reconnectFailure.has_value();
    Status made =
        db.open() ? configureSession() : Status(serverFailure(m_location, db.lastError().text()));
    if (!made) {
        m_reconnectFailure = made.error();
        if (!wasLost)
            emit m_changes->connectionLost(made.error().message());
        return false;
    }
    m_reconnectFailure.reset();
    if (m_listening) {
        m_listening = false;
        listen();
    }
    // What others wrote meanwhile was not heard: the lists read everything again, once the
    // read or write that noticed the loss is done.
    QMetaObject::invokeMethod(
        m_changes.get(),
        [changes = m_changes.get()] {
            emit changes->connectionRestored();
            changes->announceOthers(ChangeSet::everything());
        },
        Qt::QueuedConnection);
    return true;
}

Result<QVariant> Database::readValue(const QString& sql, const QVariantList& values) const {
    auto read = runRead(sql, values);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    return query.next() ? query.value(0) : QVariant();
}

Status Database::readText(const QString& sql, const QVariantList& values,
                          const std::function<void(const TextRow&)>& take) const {
    if (m_dialect->isServer()) {
        auto query = runSql(connection(), sql, values);
        if (!query)
            return query.error();
        QList<QByteArray> cells;
        while (query->next()) {
            const int size = query->record().count();
            cells.resize(size);
            for (int i = 0; i < size; ++i) {
                const QVariant value = query->value(i);
                cells[i] = value.isNull() ? QByteArray() : value.toString().toUtf8();
            }
            take(TextRow(&cells));
        }
        if (query->lastError().isValid())
            return runFailure(query->lastError().text(), sql);
        return {};
    }
    sqlite3* db = sqliteOf(connection());
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &prepared, nullptr) != SQLITE_OK)
        return preparedFailure(QString::fromUtf8(sqlite3_errmsg(db)), sql);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(prepared,
                                                                          &sqlite3_finalize);
    for (int i = 0; i < values.size(); ++i) {
        if (bindValue(prepared, i + 1, values.at(i)) != SQLITE_OK)
            return runFailure(QString::fromUtf8(sqlite3_errmsg(db)), sql);
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(prepared)) == SQLITE_ROW)
        take(TextRow(prepared));
    if (step != SQLITE_DONE)
        return runFailure(QString::fromUtf8(sqlite3_errmsg(db)), sql);
    return {};
}

Status Database::copyTo(const QString& target) const {
    if (m_dialect->isServer()) {
        auto copied = NetworkCopy::copyToNew(*this, DatabaseLocation::file(target));
        if (!copied)
            return copied.error();
        return {};
    }
    sqlite3* copy = nullptr;
    const QByteArray name = QFile::encodeName(target);
    const auto failed = [&copy, &target](int code) {
        const Error error = runFailure(QString::fromUtf8(sqlite3_errstr(code)),
                                       QStringLiteral("backup to %1").arg(target));
        sqlite3_close(copy);
        return error;
    };
    const int opened = sqlite3_open_v2(name.constData(), &copy,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (opened != SQLITE_OK)
        return failed(opened);
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", sqliteOf(connection()), "main");
    if (!backup)
        return failed(sqlite3_errcode(copy));
    // All pages in one step: one read of the whole database, its snapshot however others write.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return failed(stepped);
    if (finished != SQLITE_OK)
        return failed(finished);
    if (const int closed = sqlite3_close(copy); closed != SQLITE_OK)
        return failed(closed);
    return {};
}

void Database::setBusyWait(std::function<bool(int)> wait) {
    m_busyWait = std::move(wait);
    if (m_dialect->isServer())
        return; // its dialect asks keepWaiting while it waits for the lock
    sqlite3* handle = sqliteOf(connection());
    if (m_busyWait)
        sqlite3_busy_handler(handle, &Database::busyHandler, this);
    else
        sqlite3_busy_timeout(handle, DefaultBusyMilliseconds);
}

bool Database::keepWaiting(int waitedMilliseconds) const {
    return m_busyWait ? m_busyWait(waitedMilliseconds)
                      : waitedMilliseconds < DefaultBusyMilliseconds;
}

int Database::busyHandler(void* database, int attempt) {
    auto* self = static_cast<Database*>(database);
    if (attempt == 0)
        self->m_busySince.start();
    if (!self->m_busyWait(int(self->m_busySince.elapsed())))
        return 0;
    constexpr int Pause = 25; // milliseconds
    sqlite3_sleep(Pause);
    return 1;
}

void Database::noteChange(RecordKind kind, qint64 id) {
    m_changes->note(kind, id);
    if (m_transactionDepth == 0) { // a single statement commits by itself
        (void)announcePending();   // it was written; a notice that fails only leaves others late
        m_changes->publish();
    }
}

Status Database::announcePending() {
    if (m_changes->pending().isEmpty())
        return {};
    const QString notice = m_dialect->announce(m_changes->pending());
    if (notice.isEmpty())
        return {};
    auto sent = runSql(connection(), notice);
    if (!sent)
        return sent.error();
    return {};
}

void Database::followOthers(bool follow) {
    const bool server = m_dialect->isServer();
    if (server && follow && !m_listening) {
        // Heard once per database, however often following starts (the driver stays when
        // the connection is made anew).
        if (!m_hearing)
            m_hearing = QObject::connect(
                connection().driver(), &QSqlDriver::notification, m_changes.get(),
                [this](const QString&, QSqlDriver::NotificationSource source,
                       const QVariant& payload) {
                    if (source == QSqlDriver::OtherSource)
                        m_changes->announceOthers(ChangeSet::fromText(payload.toString()));
                });
        listen();
    }
    if (!follow) {
        m_othersPoll.reset();
        return;
    }
    if (m_othersPoll)
        return;
    // A file is asked twice a second whether its data changed. A server tells, and its notices
    // cost nothing while the window rests; but a fallen connection tells nothing, so it is
    // looked at every five seconds.
    const int pollMilliseconds = server ? 5000 : 500;
    if (!server) {
        auto version = readValue(QStringLiteral("PRAGMA data_version"));
        m_dataVersion = version ? *version : QVariant();
    }
    m_othersPoll = std::make_unique<QTimer>();
    QObject::connect(m_othersPoll.get(), &QTimer::timeout, m_changes.get(),
                     [this] { lookForOthersChanges(); });
    m_othersPoll->start(pollMilliseconds);
}

void Database::listen() const {
    m_listening = connection().driver()->subscribeToNotification(
        QString::fromLatin1(PostgresDialect::Channel));
}

void Database::lookForOthersChanges() {
    if (m_transactionDepth > 0)
        return;
    if (m_dialect->isServer()) { // connected anew, should it have fallen
        (void)readValue(QStringLiteral("SELECT 1"));
        return;
    }
    // SQLite counts on when another connection commits, never for this one's own writes.
    auto version = readValue(QStringLiteral("PRAGMA data_version"));
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    m_changes->announceOthers(ChangeSet::everything());
}

Status Database::setCacheMebibytes(int mebibytes) {
    if (m_dialect->isServer())
        return {}; // the server keeps its own
    auto done =
        runSql(connection(), QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * mebibytes));
    if (!done)
        return done.error();
    return {};
}

int Database::schemaVersion() const {
    return m_dialect->schemaVersion(*this);
}

QString Database::buildingPath(const QString& path) {
    const QFileInfo target(path);
    const QString building = target.dir().filePath(QStringLiteral(".%1.%2.new")
                                                       .arg(target.fileName())
                                                       .arg(QCoreApplication::applicationPid()));
    // What a killed program left under this name (its process is gone) goes now.
    const QStringList left = target.dir().entryList(
        {QStringLiteral(".%1.*.new").arg(target.fileName())}, QDir::Files | QDir::Hidden);
    for (const QString& name : left) {
        const QString pid = name.section(QLatin1Char('.'), -2, -2);
        bool number = false;
        const qint64 id = pid.toLongLong(&number);
        if (number && !processRuns(id))
            removeWithLog(target.dir().filePath(name));
    }
    removeWithLog(building); // left by a killed run of a program with the same process id
    return building;
}

void Database::removeWithLog(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Error Database::existingFile(const QString& path) {
    return Error(ErrorCode::FileExists,
                 tr("“%1” already exists. Verbund does not overwrite files; choose another name.")
                     .arg(QDir::toNativeSeparators(path)));
}

Status Database::createFile(const QString& location, const std::function<Status(Database&)>& fill) {
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return createFile(*parsed, fill);
}

Status Database::createFile(const DatabaseLocation& location,
                            const std::function<Status(Database&)>& fill) {
    if (location.isServer()) {
        auto made = openServer(location, OpenMode::CreateNew, {}, fill);
        if (!made)
            return made.error();
        return {};
    }
    const QString& path = location.path();
    if (QFileInfo::exists(path))
        return existingFile(path);
    // Made beside the target under a hidden name of its own and renamed into place when
    // complete: a failure or a kill never leaves a half-made file under the name asked for.
    const QString building = buildingPath(path);
    Status made = [&]() -> Status {
        auto database = open(building, OpenMode::CreateNew);
        if (!database)
            return database.error();
        if (fill) {
            if (Status filled = fill(**database); !filled)
                return filled;
        }
        // Everything into the file itself before it gets its name: a log that cannot be
        // written into it (a full disk) fails here, not later with a file missing its data.
        auto merged = (*database)->readValue(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!merged)
            return merged.error();
        if (merged->toInt() != 0 || QFileInfo(building + QStringLiteral("-wal")).size() > 0)
            return Error(ErrorCode::Io,
                         tr("“%1” could not be completed.").arg(QDir::toNativeSeparators(path)));
        return {};
    }(); // closed here
    if (made && !QFile::rename(building, path)) {
        if (QFileInfo::exists(path))
            made = existingFile(path);
        else
            made = Error(ErrorCode::Io,
                         tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)));
    }
    if (!made)
        removeWithLog(building);
    return made;
}

Result<std::unique_ptr<Database>>
Database::open(const QString& location, OpenMode mode,
               const std::function<Status(Database&)>& beforeMigration) {
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return open(*parsed, mode, beforeMigration);
}

Result<std::unique_ptr<Database>>
Database::open(const DatabaseLocation& location, OpenMode mode,
               const std::function<Status(Database&)>& beforeMigration) {
    if (location.isServer())
        return openServer(location, mode, beforeMigration);
    const QString& path = location.path();
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error(ErrorCode::Usage, tr("No database file was given."));
    if (info.exists() && mode == OpenMode::CreateNew)
        return existingFile(path);
    const bool onlyRead = mode == OpenMode::ReadOnly || mode == OpenMode::Inspect;
    if (!info.exists() && (mode == OpenMode::OpenExisting || onlyRead))
        return Error(ErrorCode::NotFound,
                     tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!info.exists() && mode == OpenMode::OpenOrCreate) {
        if (Status created = createFile(path); !created)
            return created.error();
        return open(path, OpenMode::OpenExisting);
    }
    if (info.exists()) {
        if (info.isDir())
            return Error(
                ErrorCode::Io,
                tr("“%1” is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
        // A file open here was checked when it was opened first (isOpenHere).
        if (!isOpenHere(info.canonicalFilePath())) {
            if (Status header = checkHeader(path); !header)
                return header.error();
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error(ErrorCode::Io, tr("The folder “%1” cannot be created.")
                                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    // A file the user may not write, or whose folder cannot take the log beside it, is read
    // only; without the log's index beside it, as a file that nobody changes meanwhile.
    const QFileInfo folder(info.absolutePath());
    const QFileInfo index(path + QStringLiteral("-shm"));
    const bool readOnly = info.exists() && (onlyRead || !info.isWritable() ||
                                            (!folder.isWritable() && !index.isWritable()));
    const bool immutable = readOnly && !folder.isWritable() && !index.exists();
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(DefaultBusyMilliseconds)};
        if (readOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            options << QStringLiteral("QSQLITE_OPEN_URI");
            db.setDatabaseName(
                QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    std::unique_ptr<Database> database(
        new Database(location, name, std::make_unique<SqliteDialect>()));
    database->m_readOnly = readOnly;
    if (!database->connection().open())
        return Error(ErrorCode::Io,
                     tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)),
                     database->connection().lastError().text());
    database->m_openFile = QFileInfo(path).canonicalFilePath();
    noteOpened(database->m_openFile);
    if (Status status = database->configure(); !status) {
        // A refused file is left as it was: its log is not written into it on closing.
        sqlite3_db_config(sqliteOf(database->connection()), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1,
                          nullptr);
        return status.error();
    }
    if (mode == OpenMode::Inspect)
        return database;
    if (Status status = database->migrate(beforeMigration); !status)
        return status.error();
    if (Status known = database->readUser(); !known)
        return known.error();
    return database;
}

// Checks what SQLite itself reports (the header may be older than an unmerged WAL) before
// anything that writes, then sets up the connection.
Status Database::configure() {
    const QSqlDatabase db = connection();
    auto applicationId = readValue(QStringLiteral("PRAGMA application_id"));
    if (!applicationId) {
        if (applicationId.error().code() == ErrorCode::NotSqlite)
            return notSqlite(m_path);
        return applicationId.error();
    }
    const int version = schemaVersion();
    if (applicationId->toInt() != ApplicationId) {
        auto tables = readValue(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables)
            return tables.error();
        if (applicationId->toInt() != 0 || tables->toInt() != 0 || version != 0)
            return notVerbund(m_path);
    } else if (version > SchemaVersion) {
        return newerSchema(m_path, version);
    }

    if (!m_readOnly) {
        auto journal = readValue(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal)
            return journal.error();
    }
    // Every commit that reports success is on the disk (FULL: the log is synced at each
    // commit, not only at checkpoints). A page cache of 16 MiB for a command's one pass; the
    // window asks for more. What is deleted or overwritten is overwritten with zeros in the
    // file, so an erased person's data is not left in its free pages.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA cache_size = -16384", "PRAGMA secure_delete = ON"}) {
        if (auto done = runSql(db, QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    sqlite3* handle = sqliteOf(db);
    if (sqlite3_create_function_v2(handle, "fold", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   &foldFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return preparedFailure(QString::fromUtf8(sqlite3_errmsg(handle)), QStringLiteral("fold"));
    if (sqlite3_create_function_v2(handle, "verbund_actor", 0, SQLITE_UTF8, nullptr, &actorFunction,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        return preparedFailure(QString::fromUtf8(sqlite3_errmsg(handle)),
                               QStringLiteral("verbund_actor"));
    return {};
}

Status Database::readUser() {
    if (!m_dialect->isServer()) {
        m_user = User();
        m_user.login = systemUserName();
        auto listed = runSql(connection(),
                             QStringLiteral("SELECT role, name, site_id, active FROM app_user "
                                            "WHERE login = ?"),
                             {m_user.login});
        if (!listed)
            return listed.error();
        if (listed->next()) {
            m_user.name = listed->value(1).toString();
            m_user.siteId = listed->value(2).toLongLong();
            m_user.active = listed->value(3).toBool();
            m_user.role =
                m_user.active
                    ? enumFromKey<UserRole>(listed->value(0).toString()).value_or(UserRole::Reader)
                    : UserRole::Reader;
            return {};
        }
        // A file nobody is listed in is its user's alone.
        auto anyone = readValue(QStringLiteral("SELECT count(*) FROM app_user WHERE active = 1"));
        if (!anyone)
            return anyone.error();
        m_user.role = anyone->toInt() == 0 ? UserRole::Administrator : UserRole::Reader;
        return {};
    }
    // On a server the role the server grants: the owner and a superuser administer.
    auto granted = runSql(
        connection(),
        QStringLiteral(
            "SELECT session_user, CASE WHEN r.rolsuper OR pg_has_role(session_user, d.datdba, "
            "'MEMBER') OR pg_has_role(session_user, verbund_group('administrator'), 'MEMBER') "
            "THEN 'administrator' WHEN pg_has_role(session_user, verbund_group('coordinator'), "
            "'MEMBER') THEN 'coordinator' WHEN pg_has_role(session_user, "
            "verbund_group('advisor'), 'MEMBER') THEN 'advisor' ELSE 'reader' END, "
            "u.name, u.site_id FROM pg_roles r CROSS JOIN pg_database d LEFT JOIN app_user u ON "
            "u.login = session_user WHERE r.rolname = session_user AND "
            "d.datname = current_database()"));
    if (!granted)
        return granted.error();
    m_user = User();
    if (granted->next()) {
        m_user.login = granted->value(0).toString();
        m_user.role =
            enumFromKey<UserRole>(granted->value(1).toString()).value_or(UserRole::Reader);
        m_user.name = granted->value(2).toString();
        m_user.siteId = granted->value(3).toLongLong();
    }
    return {};
}

Status Database::permits(const QString& table, Access access) const {
    if (roleAllows(m_user.role, table, access))
        return {};
    const std::optional<UserRole> needed = roleNeeded(table, access);
    return Error(ErrorCode::NotPermitted,
                 needed ? tr("This needs the role “%1” or a higher one; you (%2) work in the "
                             "role “%3”. Nothing was saved.")
                              .arg(enumLabel(*needed), m_user.login, enumLabel(m_user.role))
                        : tr("Only Verbund itself writes this. Nothing was saved."));
}

Status Database::migrate(const std::function<Status(Database&)>& beforeMigration) {
    const QList<QStringList> steps = migrationSteps(*m_dialect);
    const int found = schemaVersion();
    if (m_readOnly && found < steps.size())
        return Error(ErrorCode::Io,
                     tr("“%1” was written by an older Verbund and is opened here only to be "
                        "read, so it cannot be brought up to date. Open it once where it may be "
                        "changed: in the window, or with a command that writes.")
                         .arg(m_location.displayName()));
    if (found > 0 && found < steps.size() && beforeMigration) {
        if (Status ready = beforeMigration(*this); !ready)
            return ready;
    }
    for (int version = found + 1; version <= steps.size(); ++version) {
        Transaction transaction(*this);
        if (!transaction.begun())
            return transaction.begun();
        QStringList statements = steps.at(version - 1);
        // The version is part of the transaction: a step is applied entirely or not at all.
        statements << m_dialect->setSchemaVersion(version);
        for (const QString& statement : std::as_const(statements)) {
            if (auto done = runSql(connection(), statement); !done)
                return Error(
                    ErrorCode::Database,
                    tr("The database could not be brought up to date (step %1).").arg(version),
                    done.error().detail().isEmpty() ? done.error().message()
                                                    : done.error().detail());
        }
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

Result<std::unique_ptr<Database>>
Database::openServer(const DatabaseLocation& location, OpenMode mode,
                     const std::function<Status(Database&)>& beforeMigration,
                     const std::function<Status(Database&)>& fill) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error(ErrorCode::Unreachable,
                     tr("This Verbund cannot reach PostgreSQL servers: Qt's driver for them is "
                        "missing (on Debian, the package libqt6sql6-psql)."));
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setDatabaseName(location.databaseName());
        db.setUserName(location.user());
        if (!location.password().isEmpty())
            db.setPassword(location.password());
        QStringList options = location.options();
        if (!options.join(QLatin1Char(' ')).contains(QLatin1String("connect_timeout")))
            options << QStringLiteral("connect_timeout=10");
        options << QStringLiteral("application_name=Verbund");
        db.setConnectOptions(options.join(QLatin1Char(';')));
    }
    std::unique_ptr<Database> database(
        new Database(location, name, std::make_unique<PostgresDialect>()));
    database->m_readOnly = mode == OpenMode::ReadOnly || mode == OpenMode::Inspect;
    if (!database->connection().open())
        return serverFailure(location, database->connection().lastError().text());
    if (Status status = database->configureServer(mode); !status)
        return status.error();
    if (mode == OpenMode::Inspect)
        return database;
    // A new network is made whole or not at all: schema and contents in one transaction
    // (a server's schema is transactional), which the steps' and the fill's own join.
    std::optional<Transaction> whole;
    if (mode == OpenMode::CreateNew) {
        whole.emplace(*database);
        if (!whole->begun())
            return whole->begun().error();
    }
    if (Status status = database->migrate(beforeMigration); !status)
        return status.error();
    if (Status known = database->readUser(); !known)
        return known.error();
    if (fill) {
        if (Status filled = fill(*database); !filled)
            return filled.error();
    }
    if (whole) {
        if (Status committed = whole->commit(); !committed)
            return committed.error();
    }
    return database;
}

Status Database::configureSession() const {
    QStringList settings = {QStringLiteral("SET client_min_messages = warning"),
                            QStringLiteral("SET standard_conforming_strings = on")};
    if (m_readOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString& setting : settings) {
        if (auto done = runSql(connection(), setting); !done)
            return done.error();
    }
    return {};
}

// A server database is Verbund's when it holds the version table, and may become one when it
// holds no table at all; what else the user asked of it is checked before anything is written.
Status Database::configureServer(OpenMode mode) {
    if (Status session = configureSession(); !session)
        return session;
    const int version = schemaVersion();
    if (version < 0)
        return Error(ErrorCode::Database,
                     tr("The schema of %1 cannot be read.").arg(m_location.displayName()));
    if (version == 0) {
        auto tables = readValue(
            QStringLiteral("SELECT count(*) FROM (%1) AS tables").arg(m_dialect->tablesQuery()));
        if (!tables)
            return tables.error();
        if (tables->toInt() > 0)
            return Error(ErrorCode::NotVerbund,
                         tr("The database %1 holds the tables of another program, not a "
                            "Verbund network. It was not changed; give Verbund an empty "
                            "database of its own.")
                             .arg(m_location.displayName()));
    }
    if (version > SchemaVersion)
        return Error(ErrorCode::NewerSchema,
                     tr("The network %1 was saved by a newer version of Verbund (data version "
                        "%2, this program knows up to %3). Please update Verbund. Nothing was "
                        "changed.")
                         .arg(m_location.displayName())
                         .arg(version)
                         .arg(SchemaVersion));
    if (mode == OpenMode::CreateNew && version > 0)
        return Error(ErrorCode::FileExists,
                     tr("The database %1 holds a Verbund network already. Verbund does not "
                        "overwrite it; give it an empty database.")
                         .arg(m_location.displayName()));
    if (version == 0 && mode != OpenMode::CreateNew && mode != OpenMode::OpenOrCreate)
        return Error(ErrorCode::NoNetwork,
                     tr("The database %1 holds no Verbund network yet. “verbund init” makes "
                        "one in it.")
                         .arg(m_location.displayName()));
    return {};
}

} // namespace Verbund
