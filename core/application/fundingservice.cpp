#include "fundingservice.h"

#include "../common/folding.h"
#include "../storage/organisationrepository.h"
#include "../storage/programmerepository.h"

#include <QSet>
#include <algorithm>

namespace Verbund {

FundingService::FundingService(Database& database)
    : m_database(database) {}

Result<QList<FunderRow>> FundingService::funders() const {
    return FunderRepository(m_database).all();
}

Result<Funder> FundingService::funder(qint64 id) const {
    return FunderRepository(m_database).get(id);
}

Status FundingService::save(Funder& funder) {
    return FunderRepository(m_database).save(funder);
}

Status FundingService::remove(const Funder& funder) {
    return FunderRepository(m_database).remove(funder);
}

Result<QList<Payer>> FundingService::funderPayers() const {
    auto funders = FunderRepository(m_database).all();
    if (!funders)
        return funders.error();
    QList<Payer> payers;
    for (const FunderRow& funder : std::as_const(*funders))
        payers.append({funder.name, funder.id, 0, {}});
    return payers;
}

Result<QList<Payer>> FundingService::searchPayers(const QString& text, int limit) const {
    // A network has a few dozen funders: they are matched here, the organisations by SQL.
    auto funders = FunderRepository(m_database).all();
    if (!funders)
        return funders.error();
    // Folded as the organisations' search folds: "foerder" is no "Förder", "forder" is.
    const QStringList words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Payer> payers;
    QSet<qint64> funding;
    for (const FunderRow& funder : std::as_const(*funders)) {
        funding.insert(funder.organisationId);
        const QString name = folded(funder.name);
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const QString& word) { return name.contains(word); });
        if (match && payers.size() < limit)
            payers.append({funder.name, funder.id, 0, {}});
    }
    auto organisations =
        OrganisationRepository(m_database).search(text, {}, limit + int(funding.size()));
    if (!organisations)
        return organisations.error();
    for (const Organisation& organisation : std::as_const(*organisations)) {
        if (payers.size() < limit && !funding.contains(organisation.meta.id))
            payers.append({organisation.name, 0, organisation.meta.id, organisation.city});
    }
    return payers;
}

Result<QList<Programme>> FundingService::programmes() const {
    return ProgrammeRepository(m_database).all();
}

Result<Programme> FundingService::programme(qint64 id) const {
    return ProgrammeRepository(m_database).get(id);
}

Status FundingService::save(Programme& programme) {
    return ProgrammeRepository(m_database).save(programme);
}

Status FundingService::remove(const Programme& programme) {
    return ProgrammeRepository(m_database).remove(programme);
}

Result<QList<FundingShare>> FundingService::suggestShares(qint64 programmeId,
                                                          qint64 companyId) const {
    auto programme = ProgrammeRepository(m_database).get(programmeId);
    if (!programme)
        return programme.error();
    auto company = OrganisationRepository(m_database).get(companyId);
    if (!company)
        return company.error();
    auto funder = FunderRepository(m_database).findForOrganisation(companyId);
    if (!funder)
        return funder.error();
    auto shares = suggestedShares(*programme, company->employees.value_or(0), *funder, companyId);
    if (!shares)
        return Error(ErrorCode::NotFound,
                     tr("“%1” has no rate for a company of this size, or no funder who pays it.")
                         .arg(programme->name));
    return *shares;
}

} // namespace Verbund
