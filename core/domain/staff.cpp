#include "staff.h"

#include "contact.h"

namespace Verbund {

QString Staff::fullName() const {
    return personName(firstName, lastName);
}

} // namespace Verbund
