#pragma once

#include "../common/result.h"
#include "../domain/historyentry.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace Verbund {

class Database;

// Reads the history of changes the database keeps (Dialect::history).
class HistoryRepository final {
public:
    explicit HistoryRepository(const Database& database);

    // What happened to a record (a table's row, table a fixed identifier from code) and to
    // the rows it owns, and theirs in turn (a participant's enrollments and their attendance
    // marks), oldest first; a deleted record's too.
    Result<QList<HistoryEntry>> entriesAbout(const QString& table, qint64 id) const;
    // How many entries entriesAbout gives.
    Result<int> countAbout(const QString& table, qint64 id) const;
    // Erases the values of the fields erasedFields names for each table (before and after
    // become null) from every entry entriesAbout gives that holds one, and marks those erased:
    // in the caller's transaction. How many entries were erased.
    Result<int>
    eraseValues(const QString& table, qint64 id,
                const std::function<const QStringList&(const QString&)>& erasedFields) const;
    // What a row is called now (an organisation's name, a session's date as YYYY-MM-DD, an
    // enrollment's measure), by id; rows gone are left out.
    Result<QHash<qint64, QString>> titles(const QString& table, const QSet<qint64>& ids) const;

private:
    const Database& m_database;
};

} // namespace Verbund
