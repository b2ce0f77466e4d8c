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
struct Participant;
struct Measure;
struct Enrollment;
struct Funder;
struct Programme;
struct Session;
struct User;
struct Consent;
struct FollowUp;
struct ExamDeadline;
struct ReportDate;

// The longest name (of a person, an organisation, a measure …) that a letter or a list can carry.
inline constexpr int MaxNameLength = 200;

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
inline constexpr char BirthDate[] = "birthDate";
inline constexpr char ConsentDate[] = "consentDate";
inline constexpr char StartDate[] = "startDate";
inline constexpr char EndDate[] = "endDate";
inline constexpr char ExitDate[] = "exitDate";
inline constexpr char HiredOn[] = "hiredOn";
inline constexpr char HiredBy[] = "hiredBy";
inline constexpr char Employer[] = "employer";
inline constexpr char ReferredBy[] = "referredBy";
inline constexpr char Provider[] = "provider";
inline constexpr char Payer[] = "payer";
inline constexpr char Capacity[] = "capacity";
inline constexpr char PlannedUe[] = "plannedUe";
inline constexpr char Cost[] = "cost";
inline constexpr char Obligation[] = "obligation";
inline constexpr char Shares[] = "shares";
inline constexpr char Measure[] = "measure";
inline constexpr char Participant[] = "participant";
inline constexpr char Rates[] = "rates";
inline constexpr char Login[] = "login";
inline constexpr char GivenOn[] = "givenOn";
inline constexpr char WithdrawnOn[] = "withdrawnOn";
inline constexpr char DueOn[] = "dueOn";
inline constexpr char Text[] = "text";
inline constexpr char DoneOn[] = "doneOn";
inline constexpr char UnemployedSince[] = "unemployedSince";
inline constexpr char Chamber[] = "chamber";
inline constexpr char RegistrationBy[] = "registrationBy";
inline constexpr char ExamOn[] = "examOn";
inline constexpr char Funder[] = "funder";
} // namespace Field

bool isValidEmail(const QString& email);
bool isValidGermanPostcode(const QString& postcode);

// Each returns the broken rules, empty when the record may be saved.
QList<FieldError> validate(const Organisation& organisation);
QList<FieldError> validate(const Contact& contact);
QList<FieldError> validate(const Consultation& consultation);
QList<FieldError> validate(const Staff& staff);
QList<FieldError> validate(const Site& site);
QList<FieldError> validate(const User& user);
// Topic errors carry the field topicField(index).
QList<FieldError> validate(const Curriculum& curriculum);

QList<FieldError> validate(const Participant& participant);
QList<FieldError> validate(const Consent& consent);
// Also that the funding plan, when there is one, covers the cost exactly.
QList<FieldError> validate(const Measure& measure, int participants);
// The rules of the enrollment itself; those against its measure are the repository's.
QList<FieldError> validate(const Enrollment& enrollment);
QList<FieldError> validate(const Funder& funder);
// Also that it lies inside its measure, which the repository checks.
QList<FieldError> validate(const Session& session);
QList<FieldError> validate(const Programme& programme);
QList<FieldError> validate(const FollowUp& followUp);
QList<FieldError> validate(const ExamDeadline& deadline);
QList<FieldError> validate(const ReportDate& date);

// "topics/2" for the third topic.
QString topicField(int index);

} // namespace Verbund
