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
    EnumEntry<EmploymentStatus>{EmploymentStatus::Inactive, "inactive",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Inactive")},
    EnumEntry<EmploymentStatus>{EmploymentStatus::Other, "other",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Other")},
};

constexpr std::array educationEntries{
    EnumEntry<EducationLevel>{
        EducationLevel::Isced0to2, "isced_0_2",
        QT_TRANSLATE_NOOP("Verbund::Enum", "ISCED 0–2: up to lower secondary school")},
    EnumEntry<EducationLevel>{
        EducationLevel::Isced3to4, "isced_3_4",
        QT_TRANSLATE_NOOP("Verbund::Enum", "ISCED 3–4: upper secondary, vocational training")},
    EnumEntry<EducationLevel>{
        EducationLevel::Isced5to8, "isced_5_8",
        QT_TRANSLATE_NOOP("Verbund::Enum", "ISCED 5–8: tertiary, master craftsman, degree")},
};

} // namespace

template <> std::span<const EnumEntry<EducationLevel>> enumEntries() {
    return educationEntries;
}

template <> std::span<const EnumEntry<Gender>> enumEntries() {
    return genderEntries;
}

template <> std::span<const EnumEntry<EmploymentStatus>> enumEntries() {
    return employmentEntries;
}

} // namespace Verbund
