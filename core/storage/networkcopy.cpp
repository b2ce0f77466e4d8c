#include "networkcopy.h"

#include "database.h"
#include "dialect.h"
#include "migrations.h"
#include "sql.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QtEndian>

namespace Verbund {

namespace {

// Rows written by one statement: few statements, far below either engine's limit of values.
constexpr int RowsPerInsert = 100;

// A read of one snapshot: what others commit meanwhile is not seen, so the tables agree.
class Snapshot final {
public:
    explicit Snapshot(const Database& database)
        : m_database(database) {
        m_begun = runSql(database.connection(), database.dialect().beginSnapshot()).ok();
    }
    ~Snapshot() {
        if (m_begun)
            (void)runSql(m_database.connection(), QStringLiteral("COMMIT"));
    }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

private:
    const Database& m_database;
    bool m_begun = false;
};

// A table's checksum: the sum and the exclusive or of its rows' hashes, so the rows' order
// does not matter; each row hashed from its values' text, a null marked as such.
class TableHash final {
public:
    void add(const QSqlQuery& query, int columns) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            row.addData(value.isNull() ? QByteArrayView("\x01N", 2)
                                       : QByteArrayView(value.toString().toUtf8()));
            row.addData(QByteArrayView("\x00", 1));
        }
        const QByteArray digest = row.result();
        const auto* bytes = reinterpret_cast<const uchar*>(digest.constData());
        m_sum += qFromBigEndian<quint64>(bytes);
        m_xor ^= qFromBigEndian<quint64>(bytes + 8);
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }
    QByteArray checksum() const {
        return QByteArray::number(m_sum, 16) + '-' + QByteArray::number(m_xor, 16);
    }

private:
    quint64 m_sum = 0;
    quint64 m_xor = 0;
    qint64 m_rows = 0;
};

Result<qint64> rowCount(const Database& database, const QString& table) {
    // The names are the schema's own (networkTables), not the user's.
    auto count = database.readValue(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!count)
        return count.error();
    return count->toLongLong();
}

// Every table's count and checksum as the connection sees them now.
Result<QList<NetworkCopy::TableSum>> sumsNow(const Database& database) {
    QList<NetworkCopy::TableSum> result;
    for (const QString& table : networkTables()) {
        auto rows = runSql(database.connection(), QStringLiteral("SELECT * FROM %1").arg(table));
        if (!rows)
            return rows.error();
        TableHash hash;
        const int columns = rows->record().count();
        while (rows->next())
            hash.add(*rows, columns);
        result.append({table, hash.rows(), hash.checksum()});
    }
    return result;
}

} // namespace

Result<QList<NetworkCopy::TableSum>> NetworkCopy::sums(const Database& database) {
    const Snapshot snapshot(database);
    return sumsNow(database);
}

Result<QList<NetworkCopy::TableSum>> NetworkCopy::copy(const Database& source, Database& target,
                                                       const std::function<bool(int)>& progress) {
    Transaction transaction(target);
    if (!transaction.begun())
        return transaction.begun().error();
    QList<TableSum> copied;
    {
        const Snapshot snapshot(source);
        qint64 total = 0;
        for (const QString& table : networkTables()) {
            auto rows = rowCount(source, table);
            if (!rows)
                return rows.error();
            total += *rows;
        }
        // What the new network holds of its own (the settings a new one starts with) goes;
        // the people are indexed for the search once, after the copy; the history is the
        // original's, not the copy's writing.
        for (const QString& statement :
             {QStringLiteral("INSERT INTO search_deferred (since) VALUES (0)"),
              QStringLiteral("INSERT INTO history_paused (since) VALUES (NULL)")}) {
            if (auto paused = runSql(target.connection(), statement); !paused)
                return paused.error();
        }
        for (const QString& table : networkTables()) {
            if (auto emptied =
                    runSql(target.connection(), QStringLiteral("DELETE FROM %1").arg(table));
                !emptied)
                return emptied.error();
        }
        qint64 done = 0;
        for (const QString& table : networkTables()) {
            auto rows = runSql(source.connection(), QStringLiteral("SELECT * FROM %1").arg(table));
            if (!rows)
                return rows.error();
            const QSqlRecord record = rows->record();
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            const QString row =
                QLatin1Char('(') +
                QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                QLatin1Char(')');
            TableHash hash;
            QVariantList values;
            int pending = 0;
            const auto flush = [&]() -> Status {
                if (pending == 0)
                    return {};
                auto written = runSql(target.connection(),
                                      QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                          .arg(table, columns.join(QStringLiteral(", ")),
                                               QStringList(pending, row).join(QLatin1Char(','))),
                                      values);
                values.clear();
                done += pending;
                pending = 0;
                if (!written)
                    return written.error();
                if (progress && !progress(total ? int(done * 100 / total) : 100))
                    return Error(ErrorCode::Cancelled, tr("The copy was stopped; nothing was "
                                                          "written."));
                return {};
            };
            while (rows->next()) {
                for (int i = 0; i < columns.size(); ++i)
                    values << rows->value(i);
                hash.add(*rows, int(columns.size()));
                if (++pending == RowsPerInsert) {
                    if (Status flushed = flush(); !flushed)
                        return flushed.error();
                }
            }
            if (Status flushed = flush(); !flushed)
                return flushed.error();
            copied.append({table, hash.rows(), hash.checksum()});
            const QStringList continuation = columns.constFirst() == QLatin1String("id")
                                                 ? target.dialect().continueIds(table)
                                                 : QStringList();
            for (const QString& statement : continuation) {
                if (auto continued = runSql(target.connection(), statement); !continued)
                    return continued.error();
            }
        }
    }
    // The search indexes are made from the copied rows, as the schema's steps made them.
    QStringList statements{QStringLiteral("DELETE FROM search_deferred"),
                           QStringLiteral("DELETE FROM history_paused")};
    for (const RecordSearch& search : recordSearches())
        statements << QStringLiteral("DELETE FROM %1").arg(search.index)
                   << QStringLiteral("INSERT INTO %1 (rowid, words) SELECT id, words FROM %2")
                          .arg(search.index, search.words);
    for (const QString& statement : std::as_const(statements)) {
        if (auto indexed = runSql(target.connection(), statement); !indexed)
            return indexed.error();
    }
    // What the target now holds, read back, against what was read from the source.
    auto written = sumsNow(target);
    if (!written)
        return written.error();
    for (qsizetype i = 0; i < copied.size(); ++i) {
        if (written->at(i) != copied.at(i))
            return Error(ErrorCode::Database,
                         tr("The copy does not agree with the original in the table “%1” "
                            "(%2 rows read, %3 written); nothing was written.")
                             .arg(copied.at(i).table)
                             .arg(copied.at(i).rows)
                             .arg(written->at(i).rows));
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return copied;
}

Result<QList<NetworkCopy::TableSum>>
NetworkCopy::copyToNew(const Database& source, const DatabaseLocation& target,
                       const std::function<bool(int percent)>& progress) {
    QList<TableSum> copied;
    if (Status made = Database::createFile(target,
                                           [&](Database& copy) -> Status {
                                               auto done =
                                                   NetworkCopy::copy(source, copy, progress);
                                               if (!done)
                                                   return done.error();
                                               copied = *done;
                                               return {};
                                           });
        !made)
        return made.error();
    return copied;
}

qint64 NetworkCopy::records(const QList<TableSum>& tables) {
    qint64 rows = 0;
    for (const TableSum& table : tables)
        rows += table.rows;
    return rows;
}

} // namespace Verbund
