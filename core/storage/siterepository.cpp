#include "siterepository.h"

#include "database.h"

namespace Verbund {

Result<QList<Site>> SiteRepository::all() const {
    return where(QStringLiteral("1"), {}, QStringLiteral("name COLLATE NOCASE, id"));
}

} // namespace Verbund
