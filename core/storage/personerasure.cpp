#include "personerasure.h"

#include "../common/dates.h"
#include "../domain/rights.h"
#include "database.h"
#include "dialect.h"
#include "historyrepository.h"
#include "sql.h"
#include "transaction.h"

#include <QDateTime>

namespace Verbund {

PersonErasure::PersonErasure(Database& database)
    : m_database(database) {}

QString PersonErasure::tableOf(PersonKind kind) {
    return kind == PersonKind::Participant ? QStringLiteral("participant")
                                           : QStringLiteral("contact");
}

const QStringList& PersonErasure::erasedFields(const QString& table) {
    // The personal data a reader does not see, but the date of the data protection notice:
    // what the statistics and the proof of consent need is kept.
    static const QStringList participant = [] {
        QStringList fields = personalColumns(QStringLiteral("participant"));
        fields.removeAll(QStringLiteral("consent_date"));
        return fields;
    }();
    static const QStringList contact{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                     QStringLiteral("salutation"), QStringLiteral("academic_title"),
                                     QStringLiteral("email"),      QStringLiteral("phone"),
                                     QStringLiteral("mobile"),     QStringLiteral("notes")};
    return table == QLatin1String("participant") ? participant
           : table == QLatin1String("contact")   ? contact
                                                 : personalColumns(table);
}

Error PersonErasure::notFound(PersonKind kind, qint64 id) {
    return Error(ErrorCode::NotFound,
                 kind == PersonKind::Participant
                     ? tr("There is no participant with the number %1.").arg(id)
                     : tr("There is no contact with the number %1.").arg(id));
}

Result<PersonErasure::Extent> PersonErasure::extent(PersonKind kind, qint64 id) const {
    const QString table = tableOf(kind);
    const QString enrollments =
        kind == PersonKind::Participant
            ? QStringLiteral("(SELECT count(*) FROM enrollment e WHERE e.participant_id = r.id)")
            : QStringLiteral("0");
    auto read = runSql(m_database.connection(),
                       QStringLiteral("SELECT %1, r.erased_on, %2 FROM %3 r WHERE r.id = ?")
                           .arg(lastFirstNameSql(QStringLiteral("r")), enrollments, table),
                       {id});
    if (!read)
        return read.error();
    if (!read->next())
        return notFound(kind, id);
    Extent extent;
    extent.name = read->value(0).toString();
    extent.erased = !read->value(1).isNull();
    extent.enrollments = read->value(2).toInt();
    read->finish();
    auto entries = HistoryRepository(m_database).countAbout(table, id);
    if (!entries)
        return entries.error();
    extent.historyEntries = *entries;
    return extent;
}

Result<QList<PersonErasure::LogEntry>> PersonErasure::log() const {
    auto read = runSql(m_database.connection(),
                       QStringLiteral("SELECT at, actor, record_table, record_id, legal_basis "
                                      "FROM erasure_log ORDER BY id DESC"));
    if (!read)
        return read.error();
    QList<LogEntry> entries;
    while (read->next())
        entries.append({timestampFromSql(read->value(0)), read->value(1).toString(),
                        read->value(2).toString(), read->value(3).toLongLong(),
                        read->value(4).toString()});
    return entries;
}

Status PersonErasure::erase(PersonKind kind, qint64 id, const QString& legalBasis,
                            const QString& anonymousName) {
    if (Status allowed = m_database.permits(QStringLiteral("erasure_log"), Access::Write); !allowed)
        return allowed;
    const QString table = tableOf(kind);
    const bool participant = kind == PersonKind::Participant;
    {
        Transaction transaction(m_database);
        if (!transaction.begun())
            return transaction.begun();
        QStringList assignments;
        QVariantList values;
        for (const QString& field : erasedFields(table)) {
            assignments << field + QStringLiteral(" = ?");
            values << (field == QLatin1String("last_name")
                           ? QVariant(anonymousName)
                           : QVariant(QMetaType::fromType<QString>()));
        }
        // The year of birth stays for the statistics' age groups (read before the erasure:
        // SET takes the row as it was).
        if (participant)
            assignments << QStringLiteral("birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER)");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        values << isoDate(now.date()) << timestampToSql(now) << id;
        auto updated = runSql(m_database.connection(),
                              QStringLiteral("UPDATE %1 SET %2, erased_on = ?, updated_at = ?, "
                                             "revision = revision + 1 WHERE id = ? AND "
                                             "erased_on IS NULL")
                                  .arg(table, assignments.join(QStringLiteral(", "))),
                              values);
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1)
            return Error(ErrorCode::NotFound,
                         tr("There is no person with the number %1 whose data could be erased; "
                            "their data may have been erased already.")
                             .arg(id));
        if (participant) {
            QStringList emptied;
            for (const QString& field : erasedFields(QStringLiteral("enrollment")))
                emptied << field + QStringLiteral(" = NULL");
            if (auto emptiedNotes =
                    runSql(m_database.connection(),
                           QStringLiteral("UPDATE enrollment SET %1 WHERE participant_id = ?")
                               .arg(emptied.join(QStringLiteral(", "))),
                           {id});
                !emptiedNotes)
                return emptiedNotes.error();
            m_database.noteChange(RecordKind::Enrollment, 0);
        }
        // After the updates: their own entries hold the erased values as they were.
        if (auto entries =
                HistoryRepository(m_database).eraseValues(table, id, &PersonErasure::erasedFields);
            !entries)
            return entries.error();
        if (auto logged =
                runSql(m_database.connection(),
                       QStringLiteral("INSERT INTO erasure_log (at, actor, record_table, "
                                      "record_id, legal_basis) VALUES (?, ?, ?, ?, ?)"),
                       {timestampToSql(now), m_database.user().login, table, id, legalBasis});
            !logged)
            return logged.error();
        m_database.noteChange(recordKindOfTable(table), id);
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    if (m_database.dialect().isServer())
        return {};
    // The log's pages into the file, the log emptied: the old pages are then nowhere.
    auto merged = m_database.readValue(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!merged)
        return merged.error();
    return {};
}

} // namespace Verbund
