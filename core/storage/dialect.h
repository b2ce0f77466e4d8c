#pragma once

#include "../common/result.h"
#include "historytable.h"
#include "recordkind.h"
#include "sql.h"

#include <QStringList>
#include <memory>

namespace Verbund {

class Database;
struct User;

// Every difference between the SQL of the two backends, a local SQLite file and a PostgreSQL
// server, in one place: the schema's neutral statements rendered for the engine, the mark
// and version of a Verbund database, taking the write lock, the search index and its
// triggers, and the change notice to other programs. Nothing outside storage sees it.
class Dialect {
public:
    Dialect() = default;
    Dialect(const Dialect&) = delete;
    Dialect& operator=(const Dialect&) = delete;
    Dialect(Dialect&&) = delete;
    Dialect& operator=(Dialect&&) = delete;
    virtual ~Dialect() = default;

    virtual bool isServer() const = 0;

    // The schema. A migration step's statement in the neutral form (SQLite's, with the
    // key columns written "id INTEGER PRIMARY KEY") rendered for this engine.
    virtual QString schema(const QString& statement) const = 0;
    // What marks an empty database as Verbund's, before the first step's tables.
    virtual QStringList markAsVerbund() const = 0;
    // The statement recording the schema's version, inside the step's transaction.
    virtual QString setSchemaVersion(int version) const = 0;
    // The version found: 0 for an empty database, -1 when it cannot be read.
    virtual int schemaVersion(const Database& database) const = 0;
    // A text search index `table` (rowid, words), words folded for case, accents and ß.
    virtual QStringList searchIndex(const QString& table) const = 0;
    // A trigger running `body` (statements each ending in ';', using NEW and OLD) for each row
    // at `event` ("AFTER UPDATE OF name ON organisation"), when `condition` holds.
    virtual QStringList trigger(const QString& name, const QString& event, const QString& condition,
                                const QString& body) const = 0;
    virtual QStringList dropTrigger(const QString& name, const QString& table) const = 0;
    // The history of changes (table history): what keeps its entries as written (refusing
    // any change but an erasure's, HistoryEntry), once. And the triggers recording each
    // insert, update and delete of the table's rows, in place of those it had: who (the
    // server's login, a file's user as Database::actor gives it), when, which row and
    // owner, and the fields changed as a JSON object {"field": [old, new]} without the
    // fields unchanged. Nothing is recorded while history_paused holds a row.
    virtual QStringList keepHistory() const = 0;
    virtual QStringList history(const HistoryTable& table) const = 0;
    // The rights of the roles (rights.h) granted by the engine itself, made anew after every
    // step: on a server a group role per role and database ("<database>_advisor"), its grants
    // per table and the row-level security that shows an advisor the participants of their
    // site only and a reader none of their personal data. None where anyone who may open the
    // file may change it (a file: the window and the command line check the rights).
    virtual QStringList grantRights() const = 0;
    // Gives a server's login the user's role in this network (none while the user is
    // inactive), making the login when the server has none of that name, with the password
    // when one is given; an administrator may make logins. Nothing in a file, whose list of
    // users is all there is. Inside the caller's transaction.
    virtual Status grantLogin(Database& database, const User& user,
                              const QString& password) const = 0;

    // Reading. The rows of `index` (searchIndex) holding every word as a word's beginning, as
    // a condition on `key`; TRUE for no word.
    virtual SqlCondition searchCondition(const QString& key, const QString& index,
                                         const QStringList& words) const = 0;
    // A join that the engine runs in the order written (the left table's index giving the
    // order of the rows), before the right table and the ON condition.
    virtual QString joinInOrder() const = 0;
    // The names of the database's own tables, not the engine's, as a read of one column.
    virtual QString tablesQuery() const = 0;
    // The engine and its version, as a read of one value ("SQLite 3.40.1").
    virtual QString versionQuery() const = 0;
    // The engine's check of its stored data: reads whose rows, but for one "ok", are problems
    // found; thorough reads every index against its table. None where the server keeps its
    // own pages whole.
    virtual QString integrityCheck(bool thorough) const = 0;
    // A read of the rows whose references lead nowhere (table, row, referenced table); empty
    // where the engine cannot hold such rows.
    virtual QString referenceCheck() const = 0;

    // Begins a read of one snapshot: what others commit meanwhile is not seen until COMMIT.
    virtual QString beginSnapshot() const = 0;

    // Writing. Begins a transaction holding the database's write lock: one writer at a time,
    // as SQLite has it; readers go on reading.
    virtual Status beginWrite(Database& database) const = 0;
    // After rows were written with their ids given (a copy): new rows of the table (with an
    // id column of its own) get ids beyond them.
    virtual QStringList continueIds(const QString& table) const = 0;
    // The notice to the other programs on the database that this transaction wrote: a
    // statement run before its commit, delivered when it commits; empty where others look.
    virtual QString announce(const ChangeSet& changes) const = 0;

protected:
    // The one change of a history entry there may be: its erasure, which rewrites the
    // changes (without the erased person's data) and marks it erased, as an SQL condition on
    // OLD and NEW.
    static QString historyErasure();
    static QString historyKeptMessage();
};

} // namespace Verbund
