#include "participantservice.h"

namespace Verbund {

ParticipantService::ParticipantService(Database& database)
    : m_database(database) {}

Result<QList<ParticipantRow>> ParticipantService::list(const ListRequest& request) const {
    return ParticipantRepository(m_database).list(request);
}

Result<int> ParticipantService::count(const QString& filter) const {
    return ParticipantRepository(m_database).count(filter);
}

Result<int> ParticipantService::position(const ListRequest& request, qint64 id) const {
    return ParticipantRepository(m_database).position(request, id);
}

Result<QList<qint64>> ParticipantService::keys(const ListRequest& request) const {
    return ParticipantRepository(m_database).keys(request);
}

Result<Participant> ParticipantService::get(qint64 id) const {
    return ParticipantRepository(m_database).get(id);
}

Status ParticipantService::save(Participant& participant) {
    return ParticipantRepository(m_database).save(participant);
}

Status ParticipantService::remove(const Participant& participant) {
    return ParticipantRepository(m_database).remove(participant);
}

Result<QList<ParticipantEnrollmentRow>>
ParticipantService::enrollments(qint64 participantId) const {
    return ParticipantRepository(m_database).enrollments(participantId);
}

} // namespace Verbund
