#include "recordstore.h"

#include "../common/folding.h"
#include "database.h"

#include <QCoreApplication>

namespace Verbund {

RecordStore::RecordStore(Database& database, QString table, QStringList columns)
    : m_database(database)
    , m_table(std::move(table))
    , m_kind(recordKindOfTable(m_table))
    , m_columns(std::move(columns)) {}

RecordStore::~RecordStore() = default;

QString RecordStore::identityKey(const QStringList& parts) {
    QStringList keyParts;
    for (const QString& part : parts)
        keyParts << folded(part.trimmed());
    return keyParts.join(QChar(0x1f));
}

size_t RecordStore::identityHash(const QString& key) {
    return qHash(key, size_t(0));
}

Result<QHash<size_t, qint64>> RecordStore::identities(const QStringList& columns) const {
    auto query = runSql(
        m_database.connection(),
        QStringLiteral("SELECT id, %1 FROM %2").arg(columns.join(QStringLiteral(", ")), m_table));
    if (!query)
        return query.error();
    QHash<size_t, qint64> ids;
    while (query->next()) {
        QStringList parts;
        for (int i = 1; i <= columns.size(); ++i)
            parts << query->value(i).toString();
        ids.insert(identityHash(identityKey(parts)), query->value(0).toLongLong());
    }
    return ids;
}

QString RecordStore::selectSql() const {
    return QStringLiteral("SELECT id, created_at, updated_at, revision, %1 FROM %2 ")
        .arg(m_columns.join(QStringLiteral(", ")), m_table);
}

RecordMeta RecordStore::readMeta(const QSqlQuery& query) {
    return {query.value(0).toLongLong(), timestampFromSql(query.value(1)),
            timestampFromSql(query.value(2)), query.value(3).toInt()};
}

Status RecordStore::insert(RecordMeta& meta, const QVariantList& values) {
    if (Status allowed = m_database.permits(m_table, Access::Write); !allowed)
        return allowed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_insert) {
        // Prepared once for this store: an import inserts thousands of rows through it.
        QStringList placeholders(m_columns.size(), QStringLiteral("?"));
        m_insert = std::make_unique<PreparedSql>(
            m_database.connection(),
            QStringLiteral(
                "INSERT INTO %1 (created_at, updated_at, revision, %2) VALUES (?, ?, 1, %3) "
                "RETURNING id")
                .arg(m_table, m_columns.join(QStringLiteral(", ")),
                     placeholders.join(QStringLiteral(", "))));
    }
    const QString stamp = timestampToSql(now);
    QVariantList bound{stamp, stamp};
    bound += values;
    auto query = m_insert->run(bound);
    if (!query)
        return query.error();
    QSqlQuery* inserted = *query;
    inserted->next();
    meta = {inserted->value(0).toLongLong(), now, now, 1};
    inserted->finish();
    m_database.noteChange(m_kind, meta.id);
    return {};
}

Status RecordStore::update(RecordMeta& meta, const QVariantList& values) {
    if (Status allowed = m_database.permits(m_table, Access::Write); !allowed)
        return allowed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList assignments;
    for (const QString& column : m_columns)
        assignments << column + QStringLiteral(" = ?");
    const QString sql = QStringLiteral("UPDATE %1 SET %2, updated_at = ?, revision = revision + 1 "
                                       "WHERE id = ? AND revision = ?")
                            .arg(m_table, assignments.join(QStringLiteral(", ")));
    QVariantList bound = values;
    bound << timestampToSql(now) << meta.id << meta.revision;
    auto query = runSql(m_database.connection(), sql, bound);
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return missingOrStale(meta.id);
    meta.updatedAt = now;
    ++meta.revision;
    m_database.noteChange(m_kind, meta.id);
    return {};
}

Status RecordStore::remove(const RecordMeta& meta) {
    if (Status allowed = m_database.permits(m_table, Access::Delete); !allowed)
        return allowed;
    auto query = runSql(m_database.connection(),
                        QStringLiteral("DELETE FROM %1 WHERE id = ? AND revision = ?").arg(m_table),
                        {meta.id, meta.revision});
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return missingOrStale(meta.id);
    m_database.noteChange(m_kind, meta.id);
    return {};
}

Result<qint64> RecordStore::idForSubject(const QString& subject, const QString& titleColumn,
                                         const QString& notFound, const QString& ambiguous) const {
    const QString text = subject.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id FROM %1 WHERE id = ? UNION ALL "
                                       "SELECT id FROM %1 WHERE %2 = ? AND id <> ?")
                            .arg(m_table, titleColumn),
                        {isNumber ? id : -1, text, isNumber ? id : -1});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    if (isNumber && !ids.isEmpty() && ids.first() == id)
        return id;
    if (ids.isEmpty())
        return Error(ErrorCode::NotFound, notFound.arg(subject));
    if (ids.size() > 1) {
        QStringList numbers;
        for (const qint64 match : std::as_const(ids))
            numbers << QString::number(match);
        return Error(ErrorCode::NotFound,
                     ambiguous.arg(subject, numbers.join(QStringLiteral(", "))));
    }
    return ids.first();
}

Error RecordStore::recordGone() {
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("Verbund::Storage",
                                             "The record no longer exists; somebody deleted it "
                                             "in the meantime."));
}

Error RecordStore::missingOrStale(qint64 id) const {
    auto exists = m_database.readValue(
        QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(m_table), {id});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return recordGone();
    return Error(ErrorCode::StaleRevision,
                 QCoreApplication::translate("Verbund::Storage",
                                             "The record was changed elsewhere in the meantime "
                                             "— reload it and make your change again."));
}

} // namespace Verbund
