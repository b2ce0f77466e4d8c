#pragma once

#include "../common/error.h"

#include <QList>

namespace Verbund {

struct Organisation;
struct Contact;
struct Consultation;
struct Staff;
struct Site;
struct Curriculum;

// Field keys used in FieldError::field, shared by the rules and the forms that show them.
namespace Field {
inline constexpr char Name[] = "name";
inline constexpr char FirstName[] = "firstName";
inline constexpr char LastName[] = "lastName";
inline constexpr char Email[] = "email";
inline constexpr char Postcode[] = "postcode";
inline constexpr char Website[] = "website";
inline constexpr char Employees[] = "employees";
inline constexpr char MemberSince[] = "memberSince";
inline constexpr char MemberUntil[] = "memberUntil";
inline constexpr char Organisation[] = "organisation";
inline constexpr char Date[] = "date";
inline constexpr char FollowUp[] = "followUp";
inline constexpr char Title[] = "title";
inline constexpr char MinutesPerUe[] = "minutesPerUe";
inline constexpr char Topics[] = "topics";
} // namespace Field

bool isValidEmail(const QString& email);
bool isValidGermanPostcode(const QString& postcode);

// Each returns the broken rules, empty when the record may be saved.
QList<FieldError> validate(const Organisation& organisation);
QList<FieldError> validate(const Contact& contact);
QList<FieldError> validate(const Consultation& consultation);
QList<FieldError> validate(const Staff& staff);
QList<FieldError> validate(const Site& site);
// Topic errors carry the field topicField(index).
QList<FieldError> validate(const Curriculum& curriculum);

// "topics/2" for the third topic.
QString topicField(int index);

} // namespace Verbund
