#include "childrows.h"

#include "database.h"
#include "sql.h"

namespace Verbund {

ChildRows::ChildRows(Database& database, QString table, QString parentColumn, QStringList columns)
    : m_database(database)
    , m_table(std::move(table))
    , m_parentColumn(std::move(parentColumn))
    , m_columns(std::move(columns)) {}

Status ChildRows::replace(qint64 parentId, const QList<QVariantList>& rows) {
    if (Status allowed = m_database.permits(m_table, Access::Write); !allowed)
        return allowed;
    // Rewritten in place, row by row in order: a row that stays as it was is not changed,
    // and the history shows only what did change.
    const QSqlDatabase& db = m_database.connection();
    auto existing = runSql(db,
                           QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY position, id")
                               .arg(m_table, m_parentColumn),
                           {parentId});
    if (!existing)
        return existing.error();
    QList<qint64> ids;
    while (existing->next())
        ids << existing->value(0).toLongLong();
    QStringList assignments;
    for (const QString& column : m_columns)
        assignments << column + QStringLiteral(" = ?");
    const QString update = QStringLiteral("UPDATE %1 SET position = ?, %2 WHERE id = ?")
                               .arg(m_table, assignments.join(QStringLiteral(", ")));
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2, position, %3) VALUES (?, ?, %4)")
            .arg(m_table, m_parentColumn, m_columns.join(QStringLiteral(", ")),
                 QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    for (int position = 0; position < rows.size(); ++position) {
        QVariantList values;
        if (position < ids.size())
            values << position << rows.at(position) << ids.at(position);
        else
            values << parentId << position << rows.at(position);
        auto written = runSql(db, position < ids.size() ? update : insert, values);
        if (!written)
            return written.error();
    }
    for (qsizetype surplus = rows.size(); surplus < ids.size(); ++surplus) {
        auto removed = runSql(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table),
                              {ids.at(surplus)});
        if (!removed)
            return removed.error();
    }
    return {};
}

Result<QList<QVariantList>> ChildRows::read(qint64 parentId) const {
    auto rows = readWhere({m_parentColumn + QStringLiteral(" = ?"), {parentId}});
    if (!rows)
        return rows.error();
    return rows->value(parentId);
}

Result<QHash<qint64, QList<QVariantList>>> ChildRows::readWhere(const SqlCondition& parents) const {
    auto read = m_database.runRead(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %1, position, id")
            .arg(m_parentColumn, m_columns.join(QStringLiteral(", ")), m_table, parents.sql),
        parents.values);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QHash<qint64, QList<QVariantList>> rows;
    while (query.next()) {
        QVariantList row;
        for (int i = 1; i <= m_columns.size(); ++i)
            row << query.value(i);
        rows[query.value(0).toLongLong()] << row;
    }
    return rows;
}

} // namespace Verbund
