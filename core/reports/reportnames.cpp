#include "reportnames.h"

#include "../storage/funderrepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/programmerepository.h"

namespace Verbund {

Result<ReportNames> ReportNames::read(Database& database) {
    auto names = readFunding(database);
    if (!names)
        return names.error();
    auto organisations = OrganisationRepository(database).names();
    if (!organisations)
        return organisations.error();
    names->organisations = *organisations;
    return names;
}

Result<ReportNames> ReportNames::readFunding(Database& database) {
    auto funders = FunderRepository(database).all();
    if (!funders)
        return funders.error();
    auto programmes = ProgrammeRepository(database).all();
    if (!programmes)
        return programmes.error();
    ReportNames names;
    for (const FunderRow& f : std::as_const(*funders))
        names.funders.insert(f.id, f.name);
    for (const Programme& p : std::as_const(*programmes))
        names.programmes.insert(p.meta.id, p.name);
    return names;
}

} // namespace Verbund
