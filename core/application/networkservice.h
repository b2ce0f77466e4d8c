#pragma once

#include "../storage/organisationrepository.h"

namespace Verbund {

class Database;

// The company network as the window works on it: organisations with their contacts and
// consultations, and the office's staff and sites. Every write is one transaction.
class NetworkService final {
public:
    explicit NetworkService(Database& database);

    Result<QList<OrganisationRow>> organisations(const ListRequest& request) const;
    Result<int> organisationCount(const QString& filter) const;
    // The record's row in the filtered, sorted list; -1 when the filter hides it.
    Result<int> organisationPosition(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> organisationKeys(const ListRequest& request) const;
    Result<Organisation> organisation(qint64 id) const;
    // See OrganisationRepository::search.
    Result<QList<Organisation>>
    searchOrganisations(const QString& text, const QList<OrganisationKind>& kinds, int limit) const;
    Result<QList<Organisation>> sameAs(const Organisation& organisation) const;
    Result<OrganisationDependents> dependents(qint64 organisationId) const;
    Status save(Organisation& organisation);
    Status remove(const Organisation& organisation,
                  OrganisationRepository::DependentsPolicy policy);

    Result<QList<Contact>> contacts(qint64 organisationId) const;
    Result<Contact> contact(qint64 id) const;
    Status save(Contact& contact);
    Status remove(const Contact& contact);

    // Newest first.
    Result<QList<Consultation>> consultations(qint64 organisationId) const;
    Result<Consultation> consultation(qint64 id) const;
    Status save(Consultation& consultation);
    Status remove(const Consultation& consultation);

    Result<QList<Staff>> staff() const;
    Result<Staff> staffMember(qint64 id) const;
    Status save(Staff& member);
    Status remove(const Staff& member);

    // The network's name, printed at the top of every report.
    Result<QString> networkName() const;
    Status setNetworkName(const QString& name);

    Result<QList<Site>> sites() const;
    Result<Site> site(qint64 id) const;
    Status save(Site& site);
    Status remove(const Site& site);

private:
    Database& m_database;
};

} // namespace Verbund
