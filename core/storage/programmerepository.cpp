#include "programmerepository.h"

#include "database.h"

#include <algorithm>

namespace Verbund {

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
        m_records.where(QStringLiteral("TRUE"), {}, QStringLiteral("name COLLATE NOCASE, id"));
    if (!programmes)
        return programmes;
    for (Programme& programme : *programmes) {
        if (Status read = readRates(programme); !read)
            return read.error();
    }
    return programmes;
}

Result<Programme> ProgrammeRepository::find(const QString& subject) const {
    auto id = m_records.idForSubject(
        subject, QStringLiteral("name"), tr("There is no programme with the id or name “%1”."),
        tr("Several programmes are called “%1” (ids %2). Name one by its id."));
    if (!id)
        return id.error();
    return get(*id);
}

} // namespace Verbund
