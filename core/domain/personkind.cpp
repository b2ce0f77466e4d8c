#include "personkind.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array kindEntries{
    EnumEntry<PersonKind>{PersonKind::Participant, "participant",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Participant")},
    EnumEntry<PersonKind>{PersonKind::Contact, "contact",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Contact")},
};

} // namespace

template <> std::span<const EnumEntry<PersonKind>> enumEntries() {
    return kindEntries;
}

} // namespace Verbund
