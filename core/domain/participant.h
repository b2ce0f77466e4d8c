#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Verbund {

enum class Gender { NotStated, Female, Male, Diverse };
// Inactive: neither in work nor looking for it (ESF Plus counts them apart).
enum class EmploymentStatus { Employed, Unemployed, Apprentice, SelfEmployed, Inactive, Other };
// The highest education as an ISCED band, as funders ask for it.
enum class EducationLevel { Isced0to2, Isced3to4, Isced5to8 };

// A person in the network's measures: an employee of a company, or somebody referred by the
// agency or the job centre.
struct Participant {
    RecordMeta meta;
    QString firstName;
    QString lastName;
    QDate birthDate;
    Gender gender = Gender::NotStated;
    QString email;
    QString phone;
    QString postcode;
    QString city;
    EmploymentStatus employment = EmploymentStatus::Employed;
    qint64 employerId = 0;   // an organisation, when employed; 0 = none
    qint64 referredById = 0; // the agency or job centre, when unemployed; 0 = none
    QString priorQualification;
    std::optional<EducationLevel> education; // none when not known
    QDate unemployedSince;                   // while unemployed: long-term from 12 months
    QString entryConditions;
    QDate consentDate; // when the person agreed to the data protection notice
    QString notes;
    // After an erasure (GDPR Art. 17) the record is an anonymous person: the day of the
    // erasure, and the year of birth kept for the statistics' age groups.
    std::optional<int> birthYear;
    QDate erasedOn;

    bool isErased() const { return erasedOn.isValid(); }
    QString fullName() const;
    friend bool operator==(const Participant&, const Participant&) = default;
};

template <> std::span<const EnumEntry<Gender>> enumEntries();
template <> std::span<const EnumEntry<EmploymentStatus>> enumEntries();
template <> std::span<const EnumEntry<EducationLevel>> enumEntries();

} // namespace Verbund
