#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Verbund {

enum class OrganisationKind {
    Company,
    EducationProvider,
    Chamber,
    EmploymentAgency,
    JobCentre,
    Union,
    University,
    BusinessDevelopment,
    Association,
    PublicAuthority,
    Other,
};

enum class Membership { Prospect, Member, Former };

// Company size by number of employees, as funders count it (KKU/KMU).
enum class SizeClass { Unknown, Micro, Small, Medium, Large };

SizeClass sizeClassFor(std::optional<int> employees);

// The sections of the German classification of economic activities (WZ 2008), A to U.
enum class WzSection { A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U };

// A partner of the network: a company, a provider, the chamber, the agency, …
struct Organisation {
    RecordMeta meta;
    QString name;
    OrganisationKind kind = OrganisationKind::Company;
    QString sector;
    std::optional<WzSection> wzSection; // none when not known
    std::optional<int> employees;
    QString street;
    QString postcode;
    QString city;
    qint64 siteId = 0; // the network's office responsible; 0 = none
    QString phone;
    QString email;
    QString website;
    Membership membership = Membership::Prospect;
    QDate memberSince;
    QDate memberUntil;
    qint64 advisorId = 0; // the one advisor of the office for this organisation; 0 = none
    QString notes;

    SizeClass sizeClass() const { return sizeClassFor(employees); }
    friend bool operator==(const Organisation&, const Organisation&) = default;
};

template <> std::span<const EnumEntry<OrganisationKind>> enumEntries();
template <> std::span<const EnumEntry<Membership>> enumEntries();
template <> std::span<const EnumEntry<WzSection>> enumEntries();
template <> std::span<const EnumEntry<SizeClass>> enumEntries();

} // namespace Verbund
