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

// The WZ 2008 sections, keyed by their letter.
constexpr std::array wzEntries{
    EnumEntry<WzSection>{
        WzSection::A, "A",
        QT_TRANSLATE_NOOP("Verbund::Enum", "A – Agriculture, forestry and fishing")},
    EnumEntry<WzSection>{WzSection::B, "B",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "B – Mining and quarrying")},
    EnumEntry<WzSection>{WzSection::C, "C",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "C – Manufacturing")},
    EnumEntry<WzSection>{
        WzSection::D, "D",
        QT_TRANSLATE_NOOP("Verbund::Enum",
                          "D – Electricity, gas, steam and air conditioning supply")},
    EnumEntry<WzSection>{
        WzSection::E, "E",
        QT_TRANSLATE_NOOP("Verbund::Enum",
                          "E – Water supply, sewerage, waste management and remediation")},
    EnumEntry<WzSection>{WzSection::F, "F", QT_TRANSLATE_NOOP("Verbund::Enum", "F – Construction")},
    EnumEntry<WzSection>{
        WzSection::G, "G",
        QT_TRANSLATE_NOOP("Verbund::Enum",
                          "G – Wholesale and retail trade; repair of motor vehicles")},
    EnumEntry<WzSection>{WzSection::H, "H",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "H – Transportation and storage")},
    EnumEntry<WzSection>{WzSection::I, "I",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "I – Accommodation and food service")},
    EnumEntry<WzSection>{WzSection::J, "J",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "J – Information and communication")},
    EnumEntry<WzSection>{
        WzSection::K, "K",
        QT_TRANSLATE_NOOP("Verbund::Enum", "K – Financial and insurance activities")},
    EnumEntry<WzSection>{WzSection::L, "L",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "L – Real estate activities")},
    EnumEntry<WzSection>{
        WzSection::M, "M",
        QT_TRANSLATE_NOOP("Verbund::Enum",
                          "M – Professional, scientific and technical activities")},
    EnumEntry<WzSection>{
        WzSection::N, "N",
        QT_TRANSLATE_NOOP("Verbund::Enum", "N – Administrative and support service activities")},
    EnumEntry<WzSection>{
        WzSection::O, "O",
        QT_TRANSLATE_NOOP("Verbund::Enum",
                          "O – Public administration and defence; social security")},
    EnumEntry<WzSection>{WzSection::P, "P", QT_TRANSLATE_NOOP("Verbund::Enum", "P – Education")},
    EnumEntry<WzSection>{WzSection::Q, "Q",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "Q – Human health and social work")},
    EnumEntry<WzSection>{
        WzSection::R, "R",
        QT_TRANSLATE_NOOP("Verbund::Enum", "R – Arts, entertainment and recreation")},
    EnumEntry<WzSection>{WzSection::S, "S",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "S – Other service activities")},
    EnumEntry<WzSection>{WzSection::T, "T",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "T – Households as employers")},
    EnumEntry<WzSection>{WzSection::U, "U",
                         QT_TRANSLATE_NOOP("Verbund::Enum", "U – Extraterritorial organisations")},
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

template <> std::span<const EnumEntry<WzSection>> enumEntries() {
    return wzEntries;
}

} // namespace Verbund
