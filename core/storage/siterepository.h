#pragma once

#include "recordmapping.h"

namespace Verbund {

class SiteRepository final : public Repository<Site> {
public:
    using Repository::Repository;
    Result<QList<Site>> all() const;
};

} // namespace Verbund
