#pragma once

#include <QList>
#include <QString>

namespace Verbund {

// What kind of failure a core call reports; stable, so callers and tests can branch on it.
enum class ErrorCode {
    Validation,     // the input breaks a rule; fieldErrors() says which
    NotFound,       // the record does not exist (any more)
    StaleRevision,  // somebody else changed the record since it was read
    HasDependents,  // deleting needs the user's consent to delete dependent records too
    Database,       // the SQL engine failed
    Busy,           // another program holds the write lock; waiting or a retry helps
    Damaged,        // the file is damaged; a backup helps
    NewerSchema,    // the file was written by a newer Verbund
    NotVerbund,     // an SQLite file, but not a Verbund database
    NotSqlite,      // not a database file at all
    FileExists,     // refusing to overwrite a file
    Io,             // reading or writing a file failed
    Usage,          // the caller asked for something malformed (command line)
    Cancelled,      // the user chose not to go on when asked; nothing to tell them
    Unreachable,    // the server cannot be reached, or the connection to it was lost
    Authentication, // the server wants a password, or does not let the user in
    NoNetwork,      // a server database that holds no network yet
    NotPermitted,   // the user's role does not allow it (rights.h)
};

// One broken rule, tied to the field the user has to fix.
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

// An error as a value: a code, a message in the user's language and, for the log, the
// technical detail. The only error type of the core API.
class Error final {
public:
    Error(ErrorCode code, QString message, QString detail = {});
    // Without a message: "Please correct the marked fields."
    static Error validation(QList<FieldError> fieldErrors, QString message = {});

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }
    const QList<FieldError>& fieldErrors() const { return m_fieldErrors; }
    // The message of the field, or an empty string when the field is fine.
    QString messageFor(const QString& field) const;
    // Message, field messages and detail in one text, for a terminal or a log.
    QString fullText() const;

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
    QList<FieldError> m_fieldErrors;
};

} // namespace Verbund
