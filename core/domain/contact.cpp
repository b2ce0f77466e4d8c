#include "contact.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array salutationEntries{
    EnumEntry<Salutation>{Salutation::Ms, "ms", QT_TRANSLATE_NOOP("Verbund::Enum", "Ms")},
    EnumEntry<Salutation>{Salutation::Mr, "mr", QT_TRANSLATE_NOOP("Verbund::Enum", "Mr")},
};

} // namespace

template <> std::span<const EnumEntry<Salutation>> enumEntries() {
    return salutationEntries;
}

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
