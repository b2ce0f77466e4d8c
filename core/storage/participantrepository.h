#pragma once

#include "listquery.h"
#include "recordmapping.h"

namespace Verbund {

// One line of the participant list.
struct ParticipantRow {
    qint64 id = 0;
    QString name; // "Last, First"
    QDate birthDate;
    EmploymentStatus employment = EmploymentStatus::Other;
    QString organisation; // the employer, or who referred the person
    QString city;
    QString currentMeasure; // of a registered or active enrollment
};

// One measure a participant is or was enrolled in.
struct ParticipantEnrollmentRow {
    qint64 enrollmentId = 0;
    qint64 measureId = 0;
    QString measure;
    EnrollmentPath path = EnrollmentPath::Other;
    EnrollmentStatus status = EnrollmentStatus::Registered;
    QDate startDate;
    QDate exitDate;
    ExamResult examResult = ExamResult::None;
};

class ParticipantRepository final : public Repository<Participant> {
public:
    using Repository::Repository;

    enum Column { Name, BirthDate, Employment, Organisation, City, CurrentMeasure, ColumnCount };

    // Filter words are the beginnings of words of the name, city, organisation or current
    // measure, whatever their case and accents ("muller" finds "Müller").
    Result<QList<ParticipantRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The person's row in the list; -1 when the filter hides them.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;
    // Who an import takes for a person already there: the same first and last name and birth
    // date (case and accents of every script folded, an empty part matching an empty one).
    static QString identityKey(const Participant& participant);
    // Every person's identityKey, hashed, with their id.
    Result<QHash<size_t, qint64>> identities() const;
    // Every person by name, as the database's text: for the export. Its cells: id, last name,
    // first name, birth date, gender key, email, phone, postcode, city, employment key,
    // employer, referred by (names), prior qualification, entry conditions, consent date,
    // notes; dates as yyyy-mm-dd.
    Status forEachText(const std::function<void(const TextRow&)>& take) const;
    // Newest first.
    Result<QList<ParticipantEnrollmentRow>> enrollments(qint64 participantId) const;
    // For an import of many people, inside its transaction: the people added from now on are
    // not put into the search index one by one, …
    Status deferSearch() const;
    // … but all at once, here, before the transaction ends.
    Status indexDeferred() const;

private:
    ListQuery listQuery(const QString& filter) const;
};

} // namespace Verbund
