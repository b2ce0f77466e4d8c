#include "historyrepository.h"

#include "database.h"
#include "historytable.h"
#include "keptread.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Verbund {

namespace {

// The changes recorded as {"field": [old, new]}, in the order of the table's columns (a
// table of named values in the names' order).
QList<FieldChange> changesFromJson(const QString& table, const QString& json) {
    static const QHash<QString, QStringList> orders = [] {
        QHash<QString, QStringList> columns;
        for (const HistoryTable& history : historyTables()) {
            if (!history.namedValues())
                columns.insert(history.table, history.columns);
        }
        return columns;
    }();
    const QJsonObject fields = QJsonDocument::fromJson(json.toUtf8()).object();
    const QStringList order = orders.value(table, fields.keys());
    QList<FieldChange> changes;
    for (const QString& column : std::as_const(order)) {
        const auto found = fields.constFind(column);
        if (found == fields.constEnd())
            continue;
        const QJsonArray values = found->toArray();
        changes.append({column, values.at(0).toVariant(), values.at(1).toVariant()});
    }
    return changes;
}

// What a row of each table is called, as an expression on the row (alias r).
QString titleSql(const QString& table) {
    static const QHash<QString, QString> titles{
        {QStringLiteral("organisation"), QStringLiteral("r.name")},
        {QStringLiteral("site"), QStringLiteral("r.name")},
        {QStringLiteral("app_user"), QStringLiteral("r.login")},
        {QStringLiteral("staff"), lastFirstNameSql(QStringLiteral("r"))},
        {QStringLiteral("contact"), lastFirstNameSql(QStringLiteral("r"))},
        {QStringLiteral("participant"), lastFirstNameSql(QStringLiteral("r"))},
        {QStringLiteral("consultation"), QStringLiteral("r.date")},
        {QStringLiteral("curriculum"), QStringLiteral("r.title")},
        {QStringLiteral("curriculum_topic"), QStringLiteral("r.title")},
        {QStringLiteral("funder"),
         QStringLiteral("coalesce(r.name, (SELECT o.name FROM organisation o "
                        "WHERE o.id = r.organisation_id))")},
        {QStringLiteral("programme"), QStringLiteral("r.name")},
        {QStringLiteral("measure"), QStringLiteral("r.title")},
        {QStringLiteral("session"), QStringLiteral("r.date")},
        {QStringLiteral("enrollment"),
         QStringLiteral("(SELECT m.title FROM measure m WHERE m.id = r.measure_id)")},
    };
    return titles.value(table);
}

// The entries about a record and the rows it owns, two levels deep (entriesAbout): the
// columns asked for, oldest first unless told otherwise; bound are the record's table and id,
// three times.
QString aboutSql(const QString& columns, const QString& order = QStringLiteral(" ORDER BY h.id")) {
    return QStringLiteral(
               "SELECT %1 FROM history h WHERE "
               "(h.owner_table = ? AND h.owner_id = ?) OR (h.table_name = ? AND h.record_id = ? "
               "AND h.table_name <> h.owner_table) "
               "OR (h.owner_table, h.owner_id) IN (SELECT o.table_name, o.record_id FROM history o "
               "WHERE o.owner_table = ? AND o.owner_id = ? AND o.table_name <> o.owner_table)%2")
        .arg(columns, order);
}

} // namespace

HistoryRepository::HistoryRepository(const Database& database)
    : m_database(database) {}

Result<QList<HistoryEntry>> HistoryRepository::entriesAbout(const QString& table, qint64 id) const {
    auto read = m_database.runRead(
        aboutSql(QStringLiteral("h.id, h.at, h.actor, h.action, h.table_name, h.record_id, "
                                "h.owner_table, h.owner_id, h.changes, h.erased")),
        {table, id, table, id, table, id});
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = timestampFromSql(query.value(1));
        entry.actor = query.value(2).toString();
        entry.action =
            enumFromKey<HistoryAction>(query.value(3).toString()).value_or(HistoryAction::Update);
        entry.table = query.value(4).toString();
        entry.recordId = query.value(5).toLongLong();
        entry.ownerTable = query.value(6).toString();
        entry.ownerId = query.value(7).toLongLong();
        entry.changes = changesFromJson(entry.table, query.value(8).toString());
        entry.erased = query.value(9).toBool();
        entries.append(entry);
    }
    return entries;
}

Result<int> HistoryRepository::countAbout(const QString& table, qint64 id) const {
    auto count = m_database.readValue(aboutSql(QStringLiteral("count(*)"), QString()),
                                      {table, id, table, id, table, id});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<int> HistoryRepository::eraseValues(
    const QString& table, qint64 id,
    const std::function<const QStringList&(const QString&)>& erasedFields) const {
    auto read =
        runSql(m_database.connection(), aboutSql(QStringLiteral("h.id, h.table_name, h.changes")),
               {table, id, table, id, table, id});
    if (!read)
        return read.error();
    QList<std::pair<qint64, QString>> erased;
    while (read->next()) {
        QJsonObject changes = QJsonDocument::fromJson(read->value(2).toString().toUtf8()).object();
        bool personal = false;
        for (const QString& field : erasedFields(read->value(1).toString())) {
            if (changes.contains(field)) {
                changes.insert(field, QJsonArray{QJsonValue::Null, QJsonValue::Null});
                personal = true;
            }
        }
        if (personal)
            erased.append(
                {read->value(0).toLongLong(),
                 QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    }
    read->finish();
    for (const auto& [entry, changes] : std::as_const(erased)) {
        if (auto written = runSql(m_database.connection(),
                                  QStringLiteral("UPDATE history SET changes = ?, erased = 1 "
                                                 "WHERE id = ?"),
                                  {changes, entry});
            !written)
            return written.error();
    }
    return int(erased.size());
}

Result<QHash<qint64, QString>> HistoryRepository::titles(const QString& table,
                                                         const QSet<qint64>& ids) const {
    QHash<qint64, QString> titles;
    const QString title = titleSql(table);
    if (title.isEmpty() || ids.isEmpty())
        return titles;
    QVariantList values;
    for (const qint64 id : ids)
        values << id;
    auto query =
        runSql(m_database.connection(),
               QStringLiteral("SELECT r.id, %1 FROM %2 r WHERE r.id IN (%3)")
                   .arg(title, table,
                        QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(','))),
               values);
    if (!query)
        return query.error();
    while (query->next())
        titles.insert(query->value(0).toLongLong(), query->value(1).toString());
    return titles;
}

} // namespace Verbund
