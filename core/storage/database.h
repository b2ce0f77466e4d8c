#pragma once

#include "../common/result.h"
#include "../domain/rights.h"
#include "databaselocation.h"
#include "keptread.h"
#include "recordkind.h"
#include "textrow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Verbund {

// One open Verbund database: a local file (SQLite) or a network on a PostgreSQL server, a
// configured connection whose schema is current. Opening checks a file before SQLite may
// touch it, and a server database before anything is written, so a foreign or newer one is
// refused and left exactly as it was. What differs between the two engines' SQL is the
// dialect's (dialect.h).
class DataChanges;
class Dialect;

class Database final {
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(Verbund::Database)
public:
    enum class OpenMode {
        OpenOrCreate, // create the file when it does not exist
        CreateNew,    // refuse an existing file
        OpenExisting, // refuse a missing file
        ReadOnly,     // an existing file, only read: no write lock, nothing written
        Inspect,      // as ReadOnly, but an older file is read as it is, not brought up to date
    };

    static constexpr int SchemaVersion = 13;
    static constexpr int DefaultBusyMilliseconds = 5000;
    // "VBND" in the SQLite header marks a file as a Verbund database.
    static constexpr qint32 ApplicationId = 0x56424E44;

    // A file's path or a server's URL (DatabaseLocation). beforeMigration runs when an
    // existing database of an older data version is about to be brought up to date, on the
    // database as it still is; a failure leaves it so. On a server, CreateNew refuses a
    // database that holds a network already and OpenExisting one that holds none yet.
    static Result<std::unique_ptr<Database>>
    open(const QString& location, OpenMode mode = OpenMode::OpenOrCreate,
         const std::function<Status(Database&)>& beforeMigration = {});
    // As above, with a password given for this connection only.
    static Result<std::unique_ptr<Database>>
    open(const DatabaseLocation& location, OpenMode mode = OpenMode::OpenOrCreate,
         const std::function<Status(Database&)>& beforeMigration = {});
    // Creates a new database file (never over an existing one), or a new network in an empty
    // server database, fills it when told how, and closes it. A fill that fails removes what
    // was made: nothing half made is left.
    static Status createFile(const QString& location,
                             const std::function<Status(Database&)>& fill = {});
    static Status createFile(const DatabaseLocation& location,
                             const std::function<Status(Database&)>& fill = {});
    // The refusal to write over an existing file, as Verbund words it everywhere.
    static Error existingFile(const QString& path);
    // The hidden name beside the path under which a file is made until it is complete; free
    // to use (one left by this process id before is gone), and what killed programs left
    // beside the path is removed.
    static QString buildingPath(const QString& path);
    // Removes a database file with the log and index beside it.
    static void removeWithLog(const QString& path);
    ~Database();

    QSqlDatabase connection() const;
    // Runs a read with a statement kept prepared from an earlier run of the same SQL: for a
    // short read, preparing costs as much as reading. A statement still being read (a read
    // of the same SQL within the loop of another) is not shared: that run gets its own.
    Result<KeptRead> runRead(const QString& sql, const QVariantList& values = {}) const;
    // The first value of the first row, as runRead reads it; null for no row.
    Result<QVariant> readValue(const QString& sql, const QVariantList& values = {}) const;
    // Runs a read and gives each row as UTF-8 text straight from the database, with no copy
    // on the way: for exports, which write what the database holds to a file. A failure at any
    // row ends the read with the error.
    Status readText(const QString& sql, const QVariantList& values,
                    const std::function<void(const TextRow&)>& take) const;
    // A copy of the database as committed when it begins into a new file at `target` (others
    // may go on writing meanwhile): a file's pages, a server's network (NetworkCopy).
    Status copyTo(const QString& target) const;
    // The file's path or the server's URL without a password: what names the database.
    const QString& path() const { return m_path; }
    const DatabaseLocation& location() const { return m_location; }
    const Dialect& dialect() const { return *m_dialect; }
    // Opened to read only: asked so, or a file (or its folder) the user may not write.
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    // The pages kept in memory: 16 MiB unless told otherwise, enough for a command's one pass;
    // a window going back and forth in the lists of a state-wide network keeps 32.
    Status setCacheMebibytes(int mebibytes);

    // While another program holds the write lock, a write waits: 5 seconds unless told
    // otherwise. Told, it asks `wait` every few hundredths of a second with the time waited
    // so far, and goes on waiting as long as the answer is true (a window shows that it waits).
    void setBusyWait(std::function<bool(int waitedMilliseconds)> wait);
    // Whether a write that waited this long for another's lock goes on waiting.
    bool keepWaiting(int waitedMilliseconds) const;

    // The change signal of this database: what each committed transaction wrote.
    DataChanges& changes() const { return *m_changes; }
    // Other programs' committed writes announced on the change signal too, within about a
    // second: on a server as the server tells them, in a file by asking SQLite whether its
    // data changed (twice a second, while following: a window follows while it is active).
    // While following a server, its connection is looked at every five seconds and made anew
    // when it fell (DataChanges::connectionLost, connectionRestored). Needs an event loop.
    void followOthers(bool follow);
    // Who works on the network, in which role (rights.h): on a server the login, in the role
    // the server grants it (the database's owner and a superuser administer it); in a file the
    // system's user in the role the file's list of users gives them, everyone an
    // administrator while it lists nobody. Read when the database is opened.
    const User& user() const { return m_user; }
    // Nothing, or why the user's role may not write (insert, update) or delete rows of the
    // table: which role it needs, in words. Storage asks before it writes.
    Status permits(const QString& table, Access access) const;
    // Reads who works on the network anew (after their users or roles changed).
    Status readUser();

    // Storage calls this for every record it writes; announced when the write is committed.
    void noteChange(RecordKind kind, qint64 id);
    // Whether a failure says the server's connection is gone and, outside a write, a new one
    // was made: the failed read or write may then be tried once more. A new connection
    // prepares its reads anew, follows others again and announces that anything may have
    // changed meanwhile. While none can be made, a failure on the closed connection becomes
    // the plain one of a lost connection.
    bool reconnectAfter(Error& failure) const;

private:
    friend class Transaction;
    Database(DatabaseLocation location, QString connectionName, std::unique_ptr<Dialect> dialect);
    static Result<std::unique_ptr<Database>>
    openServer(const DatabaseLocation& location, OpenMode mode,
               const std::function<Status(Database&)>& beforeMigration,
               const std::function<Status(Database&)>& fill = {});
    Status configure();
    Status configureServer(OpenMode mode);
    // What every connection to a server is told first.
    Status configureSession() const;
    void listen() const;
    Result<KeptRead> runReadOnce(const QString& sql, const QVariantList& values) const;
    // Tells the other programs on a server what the open transaction wrote (before COMMIT,
    // delivered with it).
    Status announcePending();
    void lookForOthersChanges();
    Status migrate(const std::function<Status(Database&)>& beforeMigration);
    static int busyHandler(void* database, int attempt);

    DatabaseLocation m_location;
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<DataChanges> m_changes;
    bool m_readOnly = false;
    QString m_openFile; // the file's canonical path while this connection has it open
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    std::function<bool(int)> m_busyWait;
    std::unique_ptr<QTimer> m_othersPoll;
    QVariant m_dataVersion;
    mutable bool m_listening = false;
    QMetaObject::Connection m_hearing;
    mutable std::optional<Error> m_reconnectFailure;
    mutable QElapsedTimer m_lastReconnect;
    QElapsedTimer m_busySince;
    User m_user;
    struct Kept {
        QSqlQuery query;
        bool inUse = false;
    };
    // See runRead; by pointer, so that a run in progress keeps its statement where it is.
    mutable std::unordered_map<QString, std::unique_ptr<Kept>> m_reads;
    // Reads of a lost connection still being read when it was made anew: never run again,
    // they go once let go and no connection is open (a server forgets them with the old one).
    mutable std::vector<std::unique_ptr<Kept>> m_lostReads;
};

} // namespace Verbund
