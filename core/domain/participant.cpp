#include "participant.h"

#include "contact.h"

#include <array>

namespace Verbund {

QString Participant::fullName() const {
    return personName(firstName, lastName);
}

namespace {

constexpr std::array genderEntries{
    EnumEntry<Gender>{Gender::NotStated, "not_stated",
                      QT_TRANSLATE_NOOP("Verbund::Enum", "Not stated")},
    EnumEntry<Gender>{Gender::Female, "f", QT_TRANSLATE_NOOP("Verbund::Enum", "Female")},
    EnumEntry<Gender>{Gender::Male, "m", QT_TRANSLATE_NOOP("Verbund::Enum", "Male")},
    EnumEntry<Gender>{Gender::Diverse, "d", QT_TRANSLATE_NOOP("Verbund::Enum", "Diverse")},
};

constexpr std::array employmentEntries{
    EnumEntry<EmploymentStatus>{EmploymentStatus::Employed, "employed",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Employed")},
    EnumEntry<EmploymentStatus>{EmploymentStatus::Unemployed, "unemployed",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Unemployed")},
    EnumEntry<EmploymentStatus>{EmploymentStatus::Apprentice, "apprentice",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Apprentice")},
    EnumEntry<EmploymentStatus>{EmploymentStatus::SelfEmployed, "self_employed",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Self-employed")},
    EnumEntry<EmploymentStatus>{EmploymentStatus::Other, "other",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Other")},
};

} // namespace

template <> std::span<const EnumEntry<Gender>> enumEntries() {
    return genderEntries;
}

template <> std::span<const EnumEntry<EmploymentStatus>> enumEntries() {
    return employmentEntries;
}

} // namespace Verbund
