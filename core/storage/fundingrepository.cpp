#include "fundingrepository.h"

#include "database.h"

#include <algorithm>

namespace Verbund {

Result<QList<FunderRow>> FunderRepository::all() const {
    auto query = runSql(m_store.database().connection(),
                        QStringLiteral("SELECT f.id, coalesce(o.name, f.name), "
                                       "coalesce(f.organisation_id, 0) FROM funder f "
                                       "LEFT JOIN organisation o ON o.id = f.organisation_id "
                                       "ORDER BY coalesce(o.name, f.name) COLLATE NOCASE, f.id"));
    if (!query)
        return query.error();
    QList<FunderRow> rows;
    while (query->next())
        rows << FunderRow{query->value(0).toLongLong(), query->value(1).toString(),
                          query->value(2).toLongLong()};
    return rows;
}

Result<qint64> FunderRepository::findForOrganisation(qint64 organisationId) const {
    auto found = where(QStringLiteral("organisation_id = ?"), {organisationId});
    if (!found)
        return found.error();
    return found->isEmpty() ? qint64(0) : found->first().meta.id;
}

Result<qint64> FunderRepository::forOrganisation(qint64 organisationId) {
    auto found = findForOrganisation(organisationId);
    if (!found)
        return found.error();
    if (*found > 0)
        return *found;
    Funder funder;
    funder.organisationId = organisationId;
    if (Status saved = save(funder); !saved)
        return saved.error();
    return funder.meta.id;
}

ProgrammeRepository::ProgrammeRepository(Database& database)
    : m_database(database)
    , m_records(database)
    , m_rates(database, QStringLiteral("programme_rate"), QStringLiteral("programme_id"),
              {QStringLiteral("min_employees"), QStringLiteral("basis_points")}) {}

Status ProgrammeRepository::save(Programme& programme) {
    if (QList<FieldError> errors = validate(programme); !errors.isEmpty())
        return Error::validation(errors);
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Programme saved = programme;
    std::sort(saved.rates.begin(), saved.rates.end(),
              [](const ProgrammeRate& a, const ProgrammeRate& b) {
                  return a.minEmployees < b.minEmployees;
              });
    if (Status written = m_records.write(saved); !written)
        return written;
    QList<QVariantList> rates;
    for (const ProgrammeRate& rate : std::as_const(saved.rates))
        rates << QVariantList{rate.minEmployees, rate.basisPoints};
    if (Status written = m_rates.replace(saved.meta.id, rates); !written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    programme = saved;
    return {};
}

Status ProgrammeRepository::readRates(Programme& programme) const {
    auto rates = m_rates.read(programme.meta.id);
    if (!rates)
        return rates.error();
    programme.rates.clear();
    for (const QVariantList& row : std::as_const(*rates))
        programme.rates << ProgrammeRate{row.at(0).toInt(), row.at(1).toInt()};
    return {};
}

Result<Programme> ProgrammeRepository::get(qint64 id) const {
    auto programme = m_records.get(id);
    if (!programme)
        return programme;
    if (Status read = readRates(*programme); !read)
        return read.error();
    return programme;
}

Status ProgrammeRepository::remove(const Programme& programme) {
    return m_records.remove(programme);
}

Result<QList<Programme>> ProgrammeRepository::all() const {
    auto programmes =
        m_records.where(QStringLiteral("1"), {}, QStringLiteral("name COLLATE NOCASE, id"));
    if (!programmes)
        return programmes;
    for (Programme& programme : *programmes) {
        if (Status read = readRates(programme); !read)
            return read.error();
    }
    return programmes;
}

} // namespace Verbund
