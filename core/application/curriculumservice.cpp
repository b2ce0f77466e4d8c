#include "curriculumservice.h"

namespace Verbund {

CurriculumService::CurriculumService(Database& database)
    : m_database(database) {}

Result<QList<CurriculumRow>> CurriculumService::list(const ListRequest& request) const {
    return CurriculumRepository(m_database).list(request);
}

Result<int> CurriculumService::count(const QString& filter) const {
    return CurriculumRepository(m_database).count(filter);
}

Result<int> CurriculumService::position(const ListRequest& request, qint64 id) const {
    return CurriculumRepository(m_database).position(request, id);
}

Result<QList<qint64>> CurriculumService::keys(const ListRequest& request) const {
    return CurriculumRepository(m_database).keys(request);
}

Result<QList<CurriculumRow>> CurriculumService::all() const {
    return CurriculumRepository(m_database).list(ListRequest::everything());
}

Result<Curriculum> CurriculumService::get(qint64 id) const {
    return CurriculumRepository(m_database).get(id);
}

Status CurriculumService::save(Curriculum& curriculum) {
    return CurriculumRepository(m_database).save(curriculum);
}

Status CurriculumService::remove(const Curriculum& curriculum) {
    return CurriculumRepository(m_database).remove(curriculum);
}

Result<Curriculum> CurriculumService::duplicateAsNewVersion(qint64 id) {
    return CurriculumRepository(m_database).duplicateAsNewVersion(id);
}

} // namespace Verbund
