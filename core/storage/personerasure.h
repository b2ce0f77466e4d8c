#pragma once

#include "../common/result.h"
#include "../domain/personkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Verbund {

class Database;

// What erasing a person's data (GDPR Art. 17) touches: the record made an anonymous person,
// a participant's enrollments' free text, the values of those fields in every history entry
// about them, and a line in the erasure log. A participant's enrollments, attendance, exam
// results, certificates' serials and the funding stay, so every count and total stays as it
// was; a contact stays at their organisation with their function.
class PersonErasure final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::PersonErasure)
public:
    explicit PersonErasure(Database& database);

    struct Extent {
        QString name;        // the person's name, for the question before
        int enrollments = 0; // a participant's
        int historyEntries = 0;
        bool erased = false; // erased before
    };

    // A line of the erasure log: never the erased data.
    struct LogEntry {
        QDateTime at;
        QString actor;
        QString table;
        qint64 recordId = 0;
        QString legalBasis;
    };

    // The table of the kind's records.
    static QString tableOf(PersonKind kind);
    // The fields an erasure empties, per table: a participant's names, birth date (its year is
    // kept), contact data, notes and free texts; an enrollment's notes; a contact's names,
    // contact data and notes.
    static const QStringList& erasedFields(const QString& table);

    // What an erasure of the person would touch; NotFound when there is none.
    Result<Extent> extent(PersonKind kind, qint64 id) const;
    // Erases in one transaction, the record named `anonymousName` from then on, and logs when,
    // by whom (the login) and on which legal basis. A file's log is then merged into it, so the
    // erased text is left neither in the log nor in free pages (secure_delete).
    Status erase(PersonKind kind, qint64 id, const QString& legalBasis,
                 const QString& anonymousName);
    // The erasure log, the newest first.
    Result<QList<LogEntry>> log() const;
    // There is no person of the kind with the number.
    static Error notFound(PersonKind kind, qint64 id);

private:
    Database& m_database;
};

} // namespace Verbund
