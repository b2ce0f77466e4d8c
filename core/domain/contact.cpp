#include "contact.h"

namespace Verbund {

QString personName(const QString& firstName, const QString& lastName) {
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

QString Contact::fullName() const {
    return personName(firstName, lastName);
}

} // namespace Verbund
