#pragma once

#include "listquery.h"
#include "recordmapping.h"

#include <optional>

namespace Verbund {

// One line of the organisation list.
struct OrganisationRow {
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Company;
    QString city;
    std::optional<int> employees;
    Membership membership = Membership::Prospect;
    QString advisor;
    int consultations = 0;
};

// What hangs on an organisation and goes with it when it is deleted.
struct OrganisationDependents {
    int contacts = 0;
    int consultations = 0;
    int measures = 0; // as provider, place of learning or funder: these keep it
    bool any() const { return contacts > 0 || consultations > 0; }
};

class OrganisationRepository final : public Repository<Organisation> {
    Q_DECLARE_TR_FUNCTIONS(Verbund::OrganisationRepository)
public:
    using Repository::Repository;

    // The list's columns, in the order a view shows them.
    enum Column { Name, Kind, City, SizeClass, Membership, Advisor, Consultations, ColumnCount };

    // Filter words match name, city, sector, advisor and the kind's name in the user's language.
    Result<QList<OrganisationRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The record's row in the list; -1 when the filter hides it.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;

    // The organisations of exactly this name.
    Result<QList<Organisation>> named(const QString& name) const;
    // The organisation's name; empty for the id 0.
    Result<QString> nameOf(qint64 id) const;

    // Every organisation's name by its id, read in one query.
    Result<QHash<qint64, QString>> names() const;
    // Those of the kinds (all when none are given) whose name holds every word of the text, by
    // name, at most limit of them: the hits of a search field.
    Result<QList<Organisation>> search(const QString& text, const QList<OrganisationKind>& kinds,
                                       int limit) const;

    Result<OrganisationDependents> dependents(qint64 organisationId) const;

    // The other organisations of the same name and postcode: what the importer takes for the
    // same organisation, and the window questions before a second one is made.
    Result<QList<Organisation>> sameAs(const Organisation& organisation) const;
    // Who an import takes for an organisation already there: the same name and postcode.
    static QString identityKey(const Organisation& organisation);
    // Every organisation's identityKey, hashed, with its id.
    Result<QHash<size_t, qint64>> identities() const;

    // Why an organisation that measures name cannot be deleted.
    static Error keptByMeasures(const Organisation& organisation, int measures);

    enum class DependentsPolicy { Refuse, DeleteThem };
    // Deletes the organisation; with contacts or consultations only when told to delete them,
    // never while a measure names it.
    Status remove(const Organisation& organisation,
                  DependentsPolicy policy = DependentsPolicy::Refuse);

private:
    static ListQuery listQuery(const QString& filter);
};

} // namespace Verbund
