#include "siterepository.h"

#include "database.h"

namespace Verbund {

Result<QList<Site>> SiteRepository::all() const {
    return where(QStringLiteral("TRUE"), {}, QStringLiteral("name COLLATE NOCASE, id"));
}

} // namespace Verbund
