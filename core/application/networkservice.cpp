#include "networkservice.h"

#include "../storage/consultationrepository.h"
#include "../storage/contactrepository.h"
#include "../storage/settings.h"
#include "../storage/siterepository.h"
#include "../storage/staffrepository.h"

namespace Verbund {

NetworkService::NetworkService(Database& database)
    : m_database(database) {}

Result<QList<OrganisationRow>> NetworkService::organisations(const ListRequest& request) const {
    return OrganisationRepository(m_database).list(request);
}

Result<QList<Organisation>>
NetworkService::searchOrganisations(const QString& text, const QList<OrganisationKind>& kinds,
                                    int limit) const {
    return OrganisationRepository(m_database).search(text, kinds, limit);
}

Result<int> NetworkService::organisationCount(const QString& filter) const {
    return OrganisationRepository(m_database).count(filter);
}

Result<int> NetworkService::organisationPosition(const ListRequest& request, qint64 id) const {
    return OrganisationRepository(m_database).position(request, id);
}

Result<QList<qint64>> NetworkService::organisationKeys(const ListRequest& request) const {
    return OrganisationRepository(m_database).keys(request);
}

Result<Organisation> NetworkService::organisation(qint64 id) const {
    return OrganisationRepository(m_database).get(id);
}

Result<QList<Organisation>> NetworkService::sameAs(const Organisation& organisation) const {
    return OrganisationRepository(m_database).sameAs(organisation);
}

Result<OrganisationDependents> NetworkService::dependents(qint64 organisationId) const {
    return OrganisationRepository(m_database).dependents(organisationId);
}

Status NetworkService::save(Organisation& organisation) {
    return OrganisationRepository(m_database).save(organisation);
}

Status NetworkService::remove(const Organisation& organisation,
                              OrganisationRepository::DependentsPolicy policy) {
    return OrganisationRepository(m_database).remove(organisation, policy);
}

Result<QList<Contact>> NetworkService::contacts(qint64 organisationId) const {
    return ContactRepository(m_database).forOrganisation(organisationId);
}

Result<Contact> NetworkService::contact(qint64 id) const {
    return ContactRepository(m_database).get(id);
}

Status NetworkService::save(Contact& contact) {
    return ContactRepository(m_database).save(contact);
}

Status NetworkService::remove(const Contact& contact) {
    return ContactRepository(m_database).remove(contact);
}

Result<QList<Consultation>> NetworkService::consultations(qint64 organisationId) const {
    return ConsultationRepository(m_database).forOrganisation(organisationId);
}

Result<Consultation> NetworkService::consultation(qint64 id) const {
    return ConsultationRepository(m_database).get(id);
}

Status NetworkService::save(Consultation& consultation) {
    return ConsultationRepository(m_database).save(consultation);
}

Status NetworkService::remove(const Consultation& consultation) {
    return ConsultationRepository(m_database).remove(consultation);
}

Result<QList<Staff>> NetworkService::staff() const {
    return StaffRepository(m_database).all();
}

Result<Staff> NetworkService::staffMember(qint64 id) const {
    return StaffRepository(m_database).get(id);
}

Status NetworkService::save(Staff& member) {
    return StaffRepository(m_database).save(member);
}

Status NetworkService::remove(const Staff& member) {
    return StaffRepository(m_database).remove(member);
}

Result<QString> NetworkService::networkName() const {
    return NetworkSettings(m_database).networkName();
}

Status NetworkService::setNetworkName(const QString& name) {
    return NetworkSettings(m_database).setNetworkName(name);
}

Result<QList<Site>> NetworkService::sites() const {
    return SiteRepository(m_database).all();
}

Result<Site> NetworkService::site(qint64 id) const {
    return SiteRepository(m_database).get(id);
}

Status NetworkService::save(Site& site) {
    return SiteRepository(m_database).save(site);
}

Status NetworkService::remove(const Site& site) {
    return SiteRepository(m_database).remove(site);
}

} // namespace Verbund
