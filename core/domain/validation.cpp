#include "validation.h"

#include "consultation.h"
#include "contact.h"
#include "curriculum.h"
#include "organisation.h"
#include "staff.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Verbund {

namespace {

void checkEmail(QList<FieldError>& errors, const QString& email) {
    if (!email.isEmpty() && !isValidEmail(email))
        errors.append({QLatin1String(Field::Email),
                       QCoreApplication::translate(
                           "Verbund::Validation",
                           "The email address is not valid (example: name@firma.de).")});
}

void checkPersonName(QList<FieldError>& errors, const QString& firstName, const QString& lastName) {
    if (firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty())
        errors.append({QLatin1String(Field::LastName),
                       QCoreApplication::translate("Verbund::Validation", "A name is required.")});
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
    if (o.name.trimmed().isEmpty())
        errors.append(
            {QLatin1String(Field::Name),
             QCoreApplication::translate("Verbund::Validation", "The name is required.")});
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

QList<FieldError> validate(const Site& s) {
    QList<FieldError> errors;
    if (s.name.trimmed().isEmpty())
        errors.append(
            {QLatin1String(Field::Name),
             QCoreApplication::translate("Verbund::Validation", "The name is required.")});
    return errors;
}

QString topicField(int index) {
    return QLatin1String(Field::Topics) + QLatin1Char('/') + QString::number(index);
}

QList<FieldError> validate(const Curriculum& c) {
    QList<FieldError> errors;
    if (c.title.trimmed().isEmpty())
        errors.append(
            {QLatin1String(Field::Title),
             QCoreApplication::translate("Verbund::Validation", "The title is required.")});
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
    return errors;
}

} // namespace Verbund
