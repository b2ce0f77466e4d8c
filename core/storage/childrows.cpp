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
    const QSqlDatabase& db = m_database.connection();
    auto removed = runSql(
        db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, m_parentColumn), {parentId});
    if (!removed)
        return removed.error();
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2, position, %3) VALUES (?, ?, %4)")
            .arg(m_table, m_parentColumn, m_columns.join(QStringLiteral(", ")),
                 QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    for (int position = 0; position < rows.size(); ++position) {
        QVariantList values{parentId, position};
        values += rows.at(position);
        auto inserted = runSql(db, insert, values);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<QList<QVariantList>> ChildRows::read(qint64 parentId) const {
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY position, id")
                            .arg(m_columns.join(QStringLiteral(", ")), m_table, m_parentColumn),
                        {parentId});
    if (!query)
        return query.error();
    QList<QVariantList> rows;
    while (query->next()) {
        QVariantList row;
        for (int i = 0; i < m_columns.size(); ++i)
            row << query->value(i);
        rows << row;
    }
    return rows;
}

} // namespace Verbund
