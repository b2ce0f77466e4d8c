#include "consent.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array purposeEntries{
    EnumEntry<ConsentPurpose>{ConsentPurpose::Processing, "processing",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Processing for the measure")},
    EnumEntry<ConsentPurpose>{ConsentPurpose::FunderReporting, "funder_reporting",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Passing on to the funders")},
    EnumEntry<ConsentPurpose>{ConsentPurpose::EmployerReporting, "employer_reporting",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Reports to the employer")},
    EnumEntry<ConsentPurpose>{ConsentPurpose::Photos, "photos",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Photos and publication")},
    EnumEntry<ConsentPurpose>{ConsentPurpose::Newsletter, "newsletter",
                              QT_TRANSLATE_NOOP("Verbund::Enum", "Newsletter")},
};

constexpr std::array wayEntries{
    EnumEntry<ConsentWay>{ConsentWay::Written, "written",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "In writing")},
    EnumEntry<ConsentWay>{ConsentWay::Electronic, "electronic",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Electronically")},
    EnumEntry<ConsentWay>{ConsentWay::Verbal, "verbal",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Verbally, noted")},
};

} // namespace

template <> std::span<const EnumEntry<ConsentPurpose>> enumEntries() {
    return purposeEntries;
}

template <> std::span<const EnumEntry<ConsentWay>> enumEntries() {
    return wayEntries;
}

} // namespace Verbund
