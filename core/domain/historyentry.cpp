#include "historyentry.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array actionEntries{
    EnumEntry<HistoryAction>{HistoryAction::Insert, "insert",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "created")},
    EnumEntry<HistoryAction>{HistoryAction::Update, "update",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "changed")},
    EnumEntry<HistoryAction>{HistoryAction::Delete, "delete",
                             QT_TRANSLATE_NOOP("Verbund::Enum", "deleted")},
};

} // namespace

template <> std::span<const EnumEntry<HistoryAction>> enumEntries() {
    return actionEntries;
}

} // namespace Verbund
