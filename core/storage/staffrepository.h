#pragma once

#include "recordmapping.h"

namespace Verbund {

class StaffRepository final : public Repository<Staff> {
public:
    using Repository::Repository;
    Result<QList<Staff>> all() const;
};

} // namespace Verbund
