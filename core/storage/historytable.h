#pragma once

#include <QString>
#include <QStringList>

namespace Verbund {

// A table whose changes the history records (Dialect::history): each insert, update and
// delete of a row as one entry naming the row, the record whose history shows it (its owner:
// a measure for its sessions, a participant for the enrollments) and the fields changed.
struct HistoryTable {
    QString table;
    // The column naming the row in its entry (record_id); empty for a table of named values
    // (the settings), whose rows are fields of one record 0.
    QString recordColumn;
    QString ownerTable;
    // The column holding the owner's id; the row's own key when it is its own owner.
    QString ownerColumn;
    // The fields an entry shows, old and new. For a table of named values: the name's
    // column, then the value's.
    QStringList columns;

    bool namedValues() const { return recordColumn.isEmpty(); }
};

// Every table whose changes are recorded, with the columns the schema gives it now. Its
// triggers are derived from this list, not part of a released step: the last step of the
// ladder makes them anew, so a step that adds a column adds it here too.
const QList<HistoryTable>& historyTables();

} // namespace Verbund
