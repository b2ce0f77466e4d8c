#include "staffrepository.h"

#include "database.h"

namespace Verbund {

Result<QList<Staff>> StaffRepository::all() const {
    return where(QStringLiteral("TRUE"), {},
                 QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"));
}

} // namespace Verbund
