#pragma once

#include "../storage/participantrepository.h"

namespace Verbund {

class Database;

// The participants and the measures each of them takes part in.
class ParticipantService final {
public:
    explicit ParticipantService(Database& database);

    Result<QList<ParticipantRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The record's row in the filtered, sorted list; -1 when the filter hides it.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;
    Result<Participant> get(qint64 id) const;
    Status save(Participant& participant);
    Status remove(const Participant& participant);
    Result<QList<ParticipantEnrollmentRow>> enrollments(qint64 participantId) const;

private:
    Database& m_database;
};

} // namespace Verbund
