#include "organisation.h"

#include <array>

namespace Verbund {

SizeClass sizeClassFor(std::optional<int> employees) {
    if (!employees)
        return SizeClass::Unknown;
    if (*employees < 10)
        return SizeClass::Micro;
    if (*employees < 50)
        return SizeClass::Small;
    if (*employees < 250)
        return SizeClass::Medium;
    return SizeClass::Large;
}

namespace {

constexpr std::array kindEntries{
    EnumEntry<OrganisationKind>{OrganisationKind::Company, "company",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Company")},
    EnumEntry<OrganisationKind>{OrganisationKind::EducationProvider, "education_provider",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Education provider")},
    EnumEntry<OrganisationKind>{OrganisationKind::Chamber, "chamber",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Chamber")},
    EnumEntry<OrganisationKind>{OrganisationKind::EmploymentAgency, "employment_agency",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Employment agency")},
    EnumEntry<OrganisationKind>{OrganisationKind::JobCentre, "job_centre",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Job centre")},
    EnumEntry<OrganisationKind>{OrganisationKind::Union, "union",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Union")},
    EnumEntry<OrganisationKind>{OrganisationKind::University, "university",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "University")},
    EnumEntry<OrganisationKind>{OrganisationKind::BusinessDevelopment, "business_development",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Business development")},
    EnumEntry<OrganisationKind>{OrganisationKind::Association, "association",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Association")},
    EnumEntry<OrganisationKind>{OrganisationKind::PublicAuthority, "public_authority",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Public authority")},
    EnumEntry<OrganisationKind>{OrganisationKind::Other, "other",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Other")},
};

constexpr std::array membershipEntries{
    EnumEntry<Membership>{Membership::Prospect, "prospect",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Prospect")},
    EnumEntry<Membership>{Membership::Member, "member",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Member")},
    EnumEntry<Membership>{Membership::Former, "former",
                          QT_TRANSLATE_NOOP("Verbund::Enum", "Former member")},
};

constexpr std::array sizeClassEntries{
    EnumEntry<SizeClass>{SizeClass::Unknown, "unknown",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Not known")},
    EnumEntry<SizeClass>{SizeClass::Micro, "micro",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Micro (under 10)")},
    EnumEntry<SizeClass>{SizeClass::Small, "small",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Small (under 50)")},
    EnumEntry<SizeClass>{SizeClass::Medium, "medium",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Medium (under 250)")},
    EnumEntry<SizeClass>{SizeClass::Large, "large",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Large (250 and more)")},
};

} // namespace

template <> std::span<const EnumEntry<OrganisationKind>> enumEntries() {
    return kindEntries;
}
template <> std::span<const EnumEntry<Membership>> enumEntries() {
    return membershipEntries;
}
template <> std::span<const EnumEntry<SizeClass>> enumEntries() {
    return sizeClassEntries;
}

} // namespace Verbund
