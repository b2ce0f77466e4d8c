#pragma once

#include "enumtext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace Verbund {

// One field of a row as an entry of the history has it: before and after the change (null
// where the row had no value, or had no row).
struct FieldChange {
    QString column;
    QVariant before;
    QVariant after;
};

// Stored as its key ("insert", as the database's triggers write it); labelled "created", ….
enum class HistoryAction { Insert, Update, Delete };
template <> std::span<const EnumEntry<HistoryAction>> enumEntries();

// One insert, update or delete of a row, as the database recorded it in the same
// transaction: who and when, the row (its table and id) and the record whose history shows
// it (the owner: the organisation of a contact, the participant of an enrollment, the
// enrollment of an attendance mark), and the fields that changed in the table's order. An
// erased entry has lost the values of an erased person's data.
struct HistoryEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    HistoryAction action = HistoryAction::Update;
    QString table;
    qint64 recordId = 0;
    QString ownerTable;
    qint64 ownerId = 0;
    QList<FieldChange> changes;
    bool erased = false;
};

} // namespace Verbund
