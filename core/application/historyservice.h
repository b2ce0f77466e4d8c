#pragma once

#include "../common/result.h"
#include "../storage/recordkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Verbund {

class Database;

// One entry of a record's history as a person reads it: when (local time), who, which part of
// the record ("Kontakt Koch, Anna", or the record's own kind), what happened ("angelegt"), and
// each field changed as "Nachname: Koch → Köhler".
struct HistoryLine {
    QDateTime at;
    QString actor;
    QString subject;
    QString action;
    QStringList changes;
    bool erased = false;
};

// Who changed what of a record, and when: its own history and that of the rows it owns (an
// organisation's contacts and consultations, a measure's sessions, a participant's
// enrollments with their attendance and certificates), a deleted record's too.
class HistoryService final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::HistoryService)
public:
    explicit HistoryService(const Database& database);

    // Oldest first. References are named as the records are called now.
    Result<QList<HistoryLine>> about(RecordKind kind, qint64 id) const;
    // A record kind's name in the user's language ("Organisation").
    static QString kindLabel(RecordKind kind);

private:
    const Database& m_database;
};

} // namespace Verbund
