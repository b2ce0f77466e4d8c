#include "measureservice.h"

#include "../storage/curriculumrepository.h"
#include "../storage/funderrepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/sessionrepository.h"
#include "../storage/transaction.h"

namespace Verbund {

MeasureService::MeasureService(Database& database)
    : m_database(database) {}

Result<QList<MeasureRow>> MeasureService::list(const ListRequest& request) const {
    return MeasureRepository(m_database).list(request);
}

Result<int> MeasureService::count(const QString& filter) const {
    return MeasureRepository(m_database).count(filter);
}

Result<int> MeasureService::position(const ListRequest& request, qint64 id) const {
    return MeasureRepository(m_database).position(request, id);
}

Result<QList<qint64>> MeasureService::keys(const ListRequest& request) const {
    return MeasureRepository(m_database).keys(request);
}

Result<Measure> MeasureService::get(qint64 id) const {
    return MeasureRepository(m_database).get(id);
}

Result<MeasureView> MeasureService::open(qint64 id) const {
    MeasureRepository measures(m_database);
    auto measure = measures.get(id);
    if (!measure)
        return measure.error();
    auto figures = measures.figures(*measure);
    if (!figures)
        return figures.error();
    auto scheduled = SessionRepository(m_database).scheduledUe(id);
    if (!scheduled)
        return scheduled.error();
    auto topics = this->topics(*measure);
    if (!topics)
        return topics.error();
    return MeasureView{*measure, *figures, *scheduled, *topics};
}

Result<QList<Topic>> MeasureService::topics(const Measure& measure) const {
    if (measure.curriculumId <= 0)
        return QList<Topic>{};
    auto curriculum = CurriculumRepository(m_database).get(measure.curriculumId);
    if (!curriculum)
        return curriculum.error();
    return curriculum->topics;
}

Status MeasureService::save(Measure& draft) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Measure resolved = draft;
    for (FundingShare& share : resolved.shares) {
        if (share.funderId > 0 || share.newFunderOrganisationId <= 0)
            continue;
        auto funder = FunderRepository(m_database).forOrganisation(share.newFunderOrganisationId);
        if (!funder)
            return funder.error();
        share.funderId = *funder;
        share.newFunderOrganisationId = 0;
    }
    // Without a site of its own, a measure belongs to that of its lead provider.
    if (resolved.siteId == 0 && resolved.providerId > 0) {
        auto provider = OrganisationRepository(m_database).get(resolved.providerId);
        if (!provider)
            return provider.error();
        resolved.siteId = provider->siteId;
    }
    if (Status saved = MeasureRepository(m_database).save(resolved); !saved)
        return saved;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    draft = resolved;
    return {};
}

Status MeasureService::remove(const Measure& measure, MeasureRepository::EnrollmentsPolicy policy) {
    return MeasureRepository(m_database).remove(measure, policy);
}

Result<QList<EnrollmentRow>> MeasureService::enrollments(qint64 measureId) const {
    return EnrollmentRepository(m_database).forMeasure(measureId);
}

Result<Enrollment> MeasureService::enrollment(qint64 id) const {
    return EnrollmentRepository(m_database).get(id);
}

Status MeasureService::save(Enrollment& enrollment) {
    return EnrollmentRepository(m_database).save(enrollment);
}

Status MeasureService::remove(const Enrollment& enrollment) {
    return EnrollmentRepository(m_database).remove(enrollment);
}

} // namespace Verbund
