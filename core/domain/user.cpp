#include "user.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array roleEntries{
    EnumEntry<UserRole>{UserRole::Reader, "reader", QT_TRANSLATE_NOOP("Verbund::Enum", "Reader")},
    EnumEntry<UserRole>{UserRole::Advisor, "advisor",
                        QT_TRANSLATE_NOOP("Verbund::Enum", "Advisor")},
    EnumEntry<UserRole>{UserRole::Coordinator, "coordinator",
                        QT_TRANSLATE_NOOP("Verbund::Enum", "Coordinator")},
    EnumEntry<UserRole>{UserRole::Administrator, "administrator",
                        QT_TRANSLATE_NOOP("Verbund::Enum", "Administrator")},
};

} // namespace

template <> std::span<const EnumEntry<UserRole>> enumEntries() {
    return roleEntries;
}

} // namespace Verbund
