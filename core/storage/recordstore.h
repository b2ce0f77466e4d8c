#pragma once

#include "../common/result.h"
#include "../domain/record.h"
#include "preparedsql.h"
#include "recordkind.h"
#include "sql.h"

#include <QHash>
#include <QStringList>
#include <memory>

namespace Verbund {

class Database;

// Reads and writes the rows of one editable table and keeps their bookkeeping: created_at,
// updated_at, and the revision that makes an update from a stale copy fail instead of
// overwriting somebody else's edit. Callers hold the transaction.
class RecordStore final {
public:
    // table and columns are fixed identifiers from code, never user input.
    RecordStore(Database& database, QString table, QStringList columns);
    ~RecordStore();
    RecordStore(const RecordStore&) = delete;
    RecordStore& operator=(const RecordStore&) = delete;

    Status insert(RecordMeta& meta, const QVariantList& values);
    Status update(RecordMeta& meta, const QVariantList& values);
    Status remove(const RecordMeta& meta);

    // The parts of what makes two records the same (names, a date), trimmed and folded
    // (folding.h: "ÖZTÜRK" is "öztürk" and "Ozturk"), as one key; empty and missing parts
    // count as equal.
    static QString identityKey(const QStringList& parts);
    // An identityKey as identities() keeps it: its 64-bit hash, so that 100,000 records take a
    // few megabytes. Two keys may share a hash: a hit is confirmed against the record.
    static size_t identityHash(const QString& key);
    // Every record's identityHash of the columns (fixed identifiers from code) with its id,
    // read in one query, for an import to find what is already there.
    Result<QHash<size_t, qint64>> identities(const QStringList& columns) const;

    // "SELECT id, created_at, updated_at, revision, <columns> FROM <table> "
    QString selectSql() const;
    static RecordMeta readMeta(const QSqlQuery& query);
    static constexpr int FirstColumn = 4; // index of the first own column in selectSql()
    // A command line's SUBJECT: the id when it is the id of a record, else the id of the one
    // record whose titleColumn is exactly the subject. notFound and ambiguous are messages
    // with %1 for the subject (and %2 for the ids of the records of the same title).
    Result<qint64> idForSubject(const QString& subject, const QString& titleColumn,
                                const QString& notFound, const QString& ambiguous) const;
    // The error for a record that was deleted in the meantime.
    static Error recordGone();

    Database& database() const { return m_database; }
    const QString& table() const { return m_table; }

private:
    Error missingOrStale(qint64 id) const;

    Database& m_database;
    QString m_table;
    RecordKind m_kind;
    QStringList m_columns;
    std::unique_ptr<PreparedSql> m_insert; // made by the first insert
};

} // namespace Verbund
