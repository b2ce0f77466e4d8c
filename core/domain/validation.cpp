#include "validation.h"

#include "../common/dates.h"
#include "consent.h"
#include "consultation.h"
#include "contact.h"
#include "curriculum.h"
#include "enrollment.h"
#include "examdeadline.h"
#include "followup.h"
#include "funding.h"
#include "measure.h"
#include "organisation.h"
#include "participant.h"
#include "reportdate.h"
#include "session.h"
#include "staff.h"
#include "user.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace Verbund {

namespace {

void checkEmail(QList<FieldError>& errors, const QString& email) {
    if (!email.isEmpty() && !isValidEmail(email))
        errors.append({QLatin1String(Field::Email),
                       QCoreApplication::translate(
                           "Verbund::Validation",
                           "The email address is not valid (example: name@firma.de).")});
}

// A name's text, when it is given: something one can read, of a length a letter can carry.
void checkNameText(QList<FieldError>& errors, const QString& text, const char* field) {
    const QString name = text.trimmed();
    if (name.isEmpty())
        return;
    const bool visible = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            return true;
        }
    });
    if (!visible)
        errors.append({QLatin1String(field),
                       QCoreApplication::translate(
                           "Verbund::Validation",
                           "The name consists of invisible or control characters only.")});
    else if (name.size() > MaxNameLength)
        errors.append({QLatin1String(field),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "A name has at most %1 characters, this one %2.")
                           .arg(MaxNameLength)
                           .arg(name.size())});
}

// A name that must be given.
void checkRequiredName(QList<FieldError>& errors, const QString& text, const char* field,
                       const char* required) {
    if (text.trimmed().isEmpty())
        errors.append(
            {QLatin1String(field), QCoreApplication::translate("Verbund::Validation", required)});
    checkNameText(errors, text, field);
}

void checkPersonName(QList<FieldError>& errors, const QString& firstName, const QString& lastName) {
    if (firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty())
        errors.append({QLatin1String(Field::LastName),
                       QCoreApplication::translate("Verbund::Validation", "A name is required.")});
    checkNameText(errors, firstName, Field::FirstName);
    checkNameText(errors, lastName, Field::LastName);
}

} // namespace

bool isValidEmail(const QString& email) {
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}$"));
    return pattern.match(email).hasMatch();
}

bool isValidGermanPostcode(const QString& postcode) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{5}$"));
    return pattern.match(postcode).hasMatch() && postcode != QLatin1String("00000");
}

QList<FieldError> validate(const Organisation& o) {
    QList<FieldError> errors;
    checkRequiredName(errors, o.name, Field::Name,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The name is required."));
    if (o.employees && *o.employees < 0)
        errors.append({QLatin1String(Field::Employees),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The number of employees cannot be negative.")});
    if (!o.postcode.isEmpty() && !isValidGermanPostcode(o.postcode))
        errors.append(
            {QLatin1String(Field::Postcode),
             QCoreApplication::translate("Verbund::Validation", "A postcode has five digits.")});
    checkEmail(errors, o.email);
    if (!o.website.isEmpty() && o.website.contains(QLatin1Char(' ')))
        errors.append(
            {QLatin1String(Field::Website),
             QCoreApplication::translate("Verbund::Validation", "A web address has no spaces.")});
    if (o.memberSince.isValid() && o.memberUntil.isValid() && o.memberUntil < o.memberSince)
        errors.append({QLatin1String(Field::MemberUntil),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The membership cannot end before it began.")});
    return errors;
}

QList<FieldError> validate(const Contact& c) {
    QList<FieldError> errors;
    if (c.organisationId <= 0)
        errors.append(
            {QLatin1String(Field::Organisation),
             QCoreApplication::translate("Verbund::Validation", "Choose an organisation.")});
    checkPersonName(errors, c.firstName, c.lastName);
    checkEmail(errors, c.email);
    return errors;
}

QList<FieldError> validate(const Consultation& c) {
    QList<FieldError> errors;
    if (c.organisationId <= 0)
        errors.append(
            {QLatin1String(Field::Organisation),
             QCoreApplication::translate("Verbund::Validation", "Choose an organisation.")});
    if (!c.date.isValid())
        errors.append(
            {QLatin1String(Field::Date),
             QCoreApplication::translate("Verbund::Validation", "The date is required.")});
    if (c.date.isValid() && c.followUp.isValid() && c.followUp < c.date)
        errors.append(
            {QLatin1String(Field::FollowUp),
             QCoreApplication::translate("Verbund::Validation",
                                         "The follow-up cannot be before the consultation.")});
    return errors;
}

QList<FieldError> validate(const Staff& s) {
    QList<FieldError> errors;
    checkPersonName(errors, s.firstName, s.lastName);
    checkEmail(errors, s.email);
    return errors;
}

QList<FieldError> validate(const User& u) {
    // A name the server takes as a login as it is written: letters, digits, . _ -.
    static const QRegularExpression login(QStringLiteral("^[a-z0-9_][a-z0-9_.-]{0,62}$"));
    QList<FieldError> errors;
    if (!login.match(u.login).hasMatch())
        errors.append({QLatin1String(Field::Login),
                       QCoreApplication::translate(
                           "Verbund::Validation",
                           "A login is one word of small letters, digits, “.”, “_” or “-”, "
                           "at most 63 characters (e.g. “mkoch”).")});
    return errors;
}

QList<FieldError> validate(const Site& s) {
    QList<FieldError> errors;
    checkRequiredName(errors, s.name, Field::Name,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The name is required."));
    return errors;
}

QString topicField(int index) {
    return QLatin1String(Field::Topics) + QLatin1Char('/') + QString::number(index);
}

QList<FieldError> validate(const Curriculum& c) {
    QList<FieldError> errors;
    checkRequiredName(errors, c.title, Field::Title,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The title is required."));
    if (c.minutesPerUe < MinMinutesPerUe || c.minutesPerUe > MaxMinutesPerUe)
        errors.append({QLatin1String(Field::MinutesPerUe),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "A teaching unit lasts from %1 to %2 minutes.")
                           .arg(MinMinutesPerUe)
                           .arg(MaxMinutesPerUe)});
    for (int i = 0; i < c.topics.size(); ++i) {
        const Topic& topic = c.topics.at(i);
        if (topic.title.trimmed().isEmpty())
            errors.append(
                {topicField(i), QCoreApplication::translate("Verbund::Validation",
                                                            "Topic %1: the title is required.")
                                    .arg(i + 1)});
        if (topic.ue < MinTopicUe || topic.ue > MaxTopicUe)
            errors.append({topicField(i),
                           QCoreApplication::translate(
                               "Verbund::Validation",
                               "Topic %1: the teaching units must be a whole number from %2 to %3.")
                               .arg(i + 1)
                               .arg(MinTopicUe)
                               .arg(MaxTopicUe)});
    }
    if (c.totalUe() > MaxCurriculumUe)
        errors.append({QLatin1String(Field::Topics),
                       QCoreApplication::translate(
                           "Verbund::Validation",
                           "A curriculum has at most %L1 UE in all; its topics give %L2.")
                           .arg(MaxCurriculumUe)
                           .arg(c.totalUe())});
    return errors;
}

namespace {

void checkNotFuture(QList<FieldError>& errors, const QDate& date, const char* field) {
    if (date.isValid() && date > today())
        errors.append({QLatin1String(field),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The date cannot be in the future.")});
}

void checkOrder(QList<FieldError>& errors, const QDate& first, const QDate& then, const char* field,
                const char* message) {
    if (first.isValid() && then.isValid() && then < first)
        errors.append(
            {QLatin1String(field), QCoreApplication::translate("Verbund::Validation", message)});
}

} // namespace

QList<FieldError> validate(const Participant& p) {
    QList<FieldError> errors;
    checkPersonName(errors, p.firstName, p.lastName);
    checkEmail(errors, p.email);
    if (!p.postcode.isEmpty() && !isValidGermanPostcode(p.postcode))
        errors.append(
            {QLatin1String(Field::Postcode),
             QCoreApplication::translate("Verbund::Validation", "A postcode has five digits.")});
    checkNotFuture(errors, p.birthDate, Field::BirthDate);
    if (p.birthDate.isValid() && p.birthDate.year() < 1900)
        errors.append({QLatin1String(Field::BirthDate),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The date of birth cannot be before 1900.")});
    checkNotFuture(errors, p.consentDate, Field::ConsentDate);
    checkOrder(errors, p.birthDate, p.consentDate, Field::ConsentDate,
               QT_TRANSLATE_NOOP("Verbund::Validation",
                                 "The consent cannot be given before the person was born."));
    checkNotFuture(errors, p.unemployedSince, Field::UnemployedSince);
    checkOrder(
        errors, p.birthDate, p.unemployedSince, Field::UnemployedSince,
        QT_TRANSLATE_NOOP("Verbund::Validation", "Nobody is unemployed before they were born."));
    return errors;
}

QList<FieldError> validate(const Consent& c) {
    QList<FieldError> errors;
    if (!c.givenOn.isValid())
        errors.append({QLatin1String(Field::GivenOn),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "Enter the day the consent was given.")});
    checkNotFuture(errors, c.givenOn, Field::GivenOn);
    checkNotFuture(errors, c.withdrawnOn, Field::WithdrawnOn);
    checkOrder(errors, c.givenOn, c.withdrawnOn, Field::WithdrawnOn,
               QT_TRANSLATE_NOOP("Verbund::Validation",
                                 "A consent cannot be withdrawn before it was given."));
    return errors;
}

QList<FieldError> validate(const FollowUp& f) {
    QList<FieldError> errors;
    if (!f.dueOn.isValid())
        errors.append({QLatin1String(Field::DueOn),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "Enter the day the follow-up is due.")});
    if (!f.rule && f.text.trimmed().isEmpty())
        errors.append(
            {QLatin1String(Field::Text),
             QCoreApplication::translate("Verbund::Validation", "Say what there is to do.")});
    return errors;
}

QList<FieldError> validate(const ExamDeadline& d) {
    QList<FieldError> errors;
    if (d.chamberId <= 0)
        errors.append({QLatin1String(Field::Chamber),
                       QCoreApplication::translate("Verbund::Validation", "Choose the chamber.")});
    checkRequiredName(errors, d.title, Field::Title,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The title is required."));
    if (!d.registrationBy.isValid())
        errors.append({QLatin1String(Field::RegistrationBy),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "Enter the registration deadline.")});
    if (!d.examOn.isValid())
        errors.append(
            {QLatin1String(Field::ExamOn),
             QCoreApplication::translate("Verbund::Validation", "Enter the day of the exam.")});
    checkOrder(errors, d.registrationBy, d.examOn, Field::ExamOn,
               QT_TRANSLATE_NOOP("Verbund::Validation",
                                 "The exam cannot be before the registration deadline."));
    return errors;
}

QList<FieldError> validate(const ReportDate& r) {
    QList<FieldError> errors;
    if (r.funderId <= 0)
        errors.append({QLatin1String(Field::Funder),
                       QCoreApplication::translate("Verbund::Validation", "Choose the funder.")});
    checkRequiredName(errors, r.title, Field::Title,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The title is required."));
    if (!r.dueOn.isValid())
        errors.append({QLatin1String(Field::DueOn),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "Enter the day the report is due.")});
    return errors;
}

QList<FieldError> validate(const Measure& m, int participants) {
    QList<FieldError> errors;
    checkRequiredName(errors, m.title, Field::Title,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The title is required."));
    checkOrder(
        errors, m.startDate, m.endDate, Field::EndDate,
        QT_TRANSLATE_NOOP("Verbund::Validation", "The measure cannot end before it begins."));
    if (m.capacity < 0)
        errors.append({QLatin1String(Field::Capacity),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The capacity cannot be negative.")});
    if (m.plannedUe < 0)
        errors.append({QLatin1String(Field::PlannedUe),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The planned UE cannot be negative.")});
    if (m.totalCost < 0 || m.costPerUe < 0)
        errors.append(
            {QLatin1String(Field::Cost),
             QCoreApplication::translate("Verbund::Validation", "A cost cannot be negative.")});
    const HiringObligation& o = m.obligation;
    if ((o.count && *o.count < 0) || o.shareBasisPoints < 0 || o.shareBasisPoints > FullShare)
        errors.append({QLatin1String(Field::Obligation),
                       QCoreApplication::translate(
                           "Verbund::Validation",
                           "The obligation is a number of people or a share up to 100 %.")});
    if (m.minimumShare < 0 || m.minimumShare > FullShare)
        errors.append({QStringLiteral("minimumShare"),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The minimum attendance lies between 0 and "
                                                   "100 %.")});
    if (m.shares.isEmpty())
        return errors;
    for (const FundingShare& share : m.shares) {
        if (!share.hasPayer()) {
            errors.append({QLatin1String(Field::Shares),
                           QCoreApplication::translate("Verbund::Validation",
                                                       "Every share needs its funder.")});
            return errors;
        }
        if ((share.kind == ShareKind::Percent &&
             (share.basisPoints <= 0 || share.basisPoints > FullShare)) ||
            (share.kind == ShareKind::Amount && share.amount <= 0)) {
            errors.append(
                {QLatin1String(Field::Shares),
                 QCoreApplication::translate("Verbund::Validation",
                                             "A share is a percentage above 0 and up to 100, or an "
                                             "amount above 0 €.")});
            return errors;
        }
    }
    const Cents total = m.costFor(participants);
    // Percentages alone cover any total, also the one of a measure priced per UE that has
    // nobody enrolled yet.
    int percent = 0;
    bool onlyPercent = true;
    for (const FundingShare& share : m.shares) {
        percent += share.kind == ShareKind::Percent ? share.basisPoints : 0;
        onlyPercent = onlyPercent && share.kind == ShareKind::Percent;
    }
    if (total <= 0 && onlyPercent && percent != FullShare)
        errors.append({QLatin1String(Field::Shares),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The percentages add up to %1, not 100 %.")
                           .arg(formatShare(percent))});
    if (total <= 0 && onlyPercent)
        return errors;
    if (total <= 0) {
        errors.append(
            {QLatin1String(Field::Cost),
             QCoreApplication::translate("Verbund::Validation",
                                         "The funding plan needs the cost of the measure.")});
        return errors;
    }
    const FundingBreakdown breakdown = fundingBreakdown(total, m.shares);
    if (!breakdown.valid)
        errors.append(
            {QLatin1String(Field::Shares),
             QCoreApplication::translate("Verbund::Validation",
                                         "The shares do not cover the cost of %1 exactly: %2 %3.")
                 .arg(formatMoney(total),
                      breakdown.remainder > 0
                          ? QCoreApplication::translate("Verbund::Validation", "missing")
                          : QCoreApplication::translate("Verbund::Validation", "too much"),
                      formatMoney(qAbs(breakdown.remainder)))});
    return errors;
}

QList<FieldError> validate(const Enrollment& e) {
    QList<FieldError> errors;
    if (e.measureId <= 0)
        errors.append({QLatin1String(Field::Measure),
                       QCoreApplication::translate("Verbund::Validation", "Choose a measure.")});
    if (e.participantId <= 0)
        errors.append(
            {QLatin1String(Field::Participant),
             QCoreApplication::translate("Verbund::Validation", "Choose a participant.")});
    checkOrder(errors, e.startDate, e.exitDate, Field::ExitDate,
               QT_TRANSLATE_NOOP("Verbund::Validation", "The exit cannot be before the start."));
    checkOrder(errors, e.startDate, e.hiredOn, Field::HiredOn,
               QT_TRANSLATE_NOOP("Verbund::Validation", "The hiring cannot be before the start."));
    return errors;
}

QList<FieldError> validate(const Session& s) {
    QList<FieldError> errors;
    if (!s.date.isValid())
        errors.append(
            {QLatin1String(Field::Date),
             QCoreApplication::translate("Verbund::Validation", "The date is required.")});
    if (s.start.isValid() && s.end.isValid() && s.end <= s.start)
        errors.append({QStringLiteral("end"),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "The session ends after it begins.")});
    if (s.ue < 0)
        errors.append(
            {QStringLiteral("ue"),
             QCoreApplication::translate("Verbund::Validation", "The UE cannot be negative.")});
    return errors;
}

QList<FieldError> validate(const Funder& f) {
    QList<FieldError> errors;
    checkNameText(errors, f.name, Field::Name);
    if (f.name.trimmed().isEmpty() && f.organisationId <= 0)
        errors.append({QLatin1String(Field::Name),
                       QCoreApplication::translate("Verbund::Validation",
                                                   "A funder is an organisation or has a name.")});
    return errors;
}

QList<FieldError> validate(const Programme& p) {
    QList<FieldError> errors;
    checkRequiredName(errors, p.name, Field::Name,
                      QT_TRANSLATE_NOOP("Verbund::Validation", "The name is required."));
    QList<int> bands;
    for (const ProgrammeRate& rate : p.rates) {
        if (rate.minEmployees < 0 || rate.basisPoints < 0 || rate.basisPoints > FullShare ||
            bands.contains(rate.minEmployees)) {
            errors.append({QLatin1String(Field::Rates),
                           QCoreApplication::translate(
                               "Verbund::Validation",
                               "Each rate starts at a different number of employees and "
                               "lies between 0 and 100 %.")});
            break;
        }
        bands << rate.minEmployees;
    }
    return errors;
}

} // namespace Verbund
