#include "organisationrepository.h"

#include "database.h"

namespace Verbund {

namespace {

const QString advisorNameSql =
    QStringLiteral("trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, ''))");

} // namespace

ListQuery OrganisationRepository::listQuery(const QString& filter) {
    ListQuery query;
    query.from = QStringLiteral("organisation o LEFT JOIN staff s ON s.id = o.advisor_id");
    query.key = QStringLiteral("o.id");
    query.where = wordFilter(
        filter,
        {QStringLiteral("o.name"), QStringLiteral("o.city"), QStringLiteral("o.sector"),
         advisorNameSql},
        [](const QString& word) {
            // The kind by its name, or a contact person by first or last name.
            SqlCondition kind =
                keyIn(QStringLiteral("o.kind"), enumKeysMatching<OrganisationKind>(word));
            kind.sql +=
                QStringLiteral(" OR EXISTS (SELECT 1 FROM contact ct WHERE ct.organisation_id = "
                               "o.id AND (") +
                foldedLike(QStringLiteral("ct.first_name")) + QStringLiteral(" OR ") +
                foldedLike(QStringLiteral("ct.last_name")) + QStringLiteral("))");
            kind.values << foldedPattern(word) << foldedPattern(word);
            return kind;
        });
    const QString consultations =
        QStringLiteral("(SELECT count(*) FROM consultation c WHERE c.organisation_id = o.id)");
    query.columns = QStringLiteral("o.id, o.name, o.kind, o.city, o.employees, o.membership, ") +
                    advisorNameSql + QStringLiteral(", ") + consultations;
    const SqlCondition name(QStringLiteral("o.name COLLATE NOCASE"));
    query.sortTerms = {
        {name},
        {enumOrderSql<OrganisationKind>(QStringLiteral("o.kind"))},
        {QStringLiteral("coalesce(o.city, '') COLLATE NOCASE")},
        {QStringLiteral("coalesce(o.employees, -1)")},
        {enumOrderSql<Verbund::Membership>(QStringLiteral("o.membership"))},
        {advisorNameSql + QStringLiteral(" COLLATE NOCASE")},
        {consultations},
    };
    query.tieBreakers = {name};
    return query;
}

Result<QList<Organisation>> OrganisationRepository::sameAs(const Organisation& organisation) const {
    return where(
        QStringLiteral("lower(trim(name)) = lower(?) AND coalesce(postcode, '') = ? AND "
                       "id <> ?"),
        {organisation.name.trimmed(), organisation.postcode.trimmed(), organisation.meta.id});
}

QString OrganisationRepository::identityKey(const Organisation& organisation) {
    return RecordStore::identityKey({organisation.name, organisation.postcode});
}

Result<QHash<size_t, qint64>> OrganisationRepository::identities() const {
    return m_store.identities({QStringLiteral("name"), QStringLiteral("postcode")});
}

Result<QList<Organisation>> OrganisationRepository::named(const QString& name) const {
    return where(QStringLiteral("name = ?"), {name});
}

Result<QString> OrganisationRepository::nameOf(qint64 id) const {
    if (id <= 0)
        return QString();
    auto organisation = get(id);
    if (!organisation)
        return organisation.error();
    return organisation->name;
}

Result<QHash<qint64, QString>> OrganisationRepository::names() const {
    auto query = runSql(m_store.database().connection(),
                        QStringLiteral("SELECT id, name FROM organisation"));
    if (!query)
        return query.error();
    QHash<qint64, QString> names;
    while (query->next())
        names.insert(query->value(0).toLongLong(), query->value(1).toString());
    return names;
}

Result<QList<Organisation>> OrganisationRepository::search(const QString& text,
                                                           const QList<OrganisationKind>& kinds,
                                                           int limit) const {
    SqlCondition condition = wordFilter(text, {QStringLiteral("name")});
    if (!kinds.isEmpty()) {
        QStringList keys;
        for (OrganisationKind kind : kinds)
            keys << enumKey(kind);
        const SqlCondition kind = keyIn(QStringLiteral("kind"), keys);
        condition.sql += QStringLiteral(" AND ") + kind.sql;
        condition.values += kind.values;
    }
    // The limit is a number from code.
    return where(condition.sql, condition.values,
                 QStringLiteral("name COLLATE NOCASE, id LIMIT %1").arg(limit));
}

Result<QList<OrganisationRow>> OrganisationRepository::list(const ListRequest& request) const {
    auto read = listQuery(request.filter).page(m_store.database(), request);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QList<OrganisationRow> rows;
    while (query.next()) {
        OrganisationRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.kind = enumFromKey<OrganisationKind>(query.value(2).toString())
                       .value_or(OrganisationKind::Other);
        row.city = query.value(3).toString();
        if (!query.value(4).isNull())
            row.employees = query.value(4).toInt();
        row.membership = enumFromKey<Verbund::Membership>(query.value(5).toString())
                             .value_or(Verbund::Membership::Prospect);
        row.advisor = query.value(6).toString();
        row.consultations = query.value(7).toInt();
        rows << row;
    }
    return rows;
}

Result<int> OrganisationRepository::count(const QString& filter) const {
    return listQuery(filter).count(m_store.database());
}

Result<int> OrganisationRepository::position(const ListRequest& request, qint64 id) const {
    return listQuery(request.filter).position(m_store.database(), request, id);
}

Result<QList<qint64>> OrganisationRepository::keys(const ListRequest& request) const {
    return listQuery(request.filter).keys(m_store.database(), request);
}

Result<OrganisationDependents> OrganisationRepository::dependents(qint64 organisationId) const {
    auto query = runSql(
        m_store.database().connection(),
        QStringLiteral(
            "SELECT (SELECT count(*) FROM contact WHERE organisation_id = ?), "
            "(SELECT count(*) FROM consultation WHERE organisation_id = ?), "
            "(SELECT count(*) FROM measure m WHERE m.provider_id = ? OR EXISTS (SELECT 1 FROM "
            "measure_location l WHERE l.measure_id = m.id AND l.organisation_id = ?) OR "
            "EXISTS (SELECT 1 FROM funding_share s JOIN funder f ON f.id = s.funder_id WHERE "
            "s.measure_id = m.id AND f.organisation_id = ?))"),
        QVariantList(5, organisationId));
    if (!query)
        return query.error();
    query->next();
    return OrganisationDependents{query->value(0).toInt(), query->value(1).toInt(),
                                  query->value(2).toInt()};
}

Error OrganisationRepository::keptByMeasures(const Organisation& organisation, int measures) {
    return Error(ErrorCode::HasDependents,
                 tr("“%1” is provider, place of learning or funder of %n measure(s). Take it "
                    "out of them first.",
                    nullptr, measures)
                     .arg(organisation.name));
}

Status OrganisationRepository::remove(const Organisation& organisation, DependentsPolicy policy) {
    Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.begun();
    auto found = dependents(organisation.meta.id);
    if (!found)
        return found.error();
    if (found->measures > 0)
        return keptByMeasures(organisation, found->measures);
    if (found->any() && policy == DependentsPolicy::Refuse)
        return Error(ErrorCode::HasDependents,
                     tr("“%1” has %2 and %3. Delete them too, or keep the organisation.")
                         .arg(organisation.name, tr("%n contact(s)", nullptr, found->contacts),
                              tr("%n consultation(s)", nullptr, found->consultations)));
    // Contacts and consultations go by ON DELETE CASCADE, in this transaction.
    if (Status removed = m_store.remove(organisation.meta); !removed)
        return removed;
    return transaction.commit();
}

} // namespace Verbund
