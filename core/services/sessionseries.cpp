#include "sessionseries.h"

#include "../common/dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Verbund {

namespace {

// The dates the pattern asks for, before holidays are taken out.
QList<QDate> patternDates(const SeriesPattern& pattern) {
    QList<QDate> dates;
    if (!pattern.from.isValid() || !pattern.to.isValid() || pattern.to < pattern.from)
        return dates;
    if (pattern.kind == SeriesPattern::Kind::Weekly) {
        for (QDate day = pattern.from; day <= pattern.to; day = day.addDays(1)) {
            if (pattern.weekdays.contains(day.dayOfWeek()))
                dates << day;
        }
        return dates;
    }
    for (QDate month(pattern.from.year(), pattern.from.month(), 1); month <= pattern.to;
         month = month.addMonths(1)) {
        QDate monday = month;
        while (monday.dayOfWeek() != Qt::Monday)
            monday = monday.addDays(1);
        monday = monday.addDays(7 * (qBound(1, pattern.weekOfMonth, 4) - 1));
        for (int offset = 0; offset < 7; ++offset) {
            const QDate day = monday.addDays(offset);
            if (day >= pattern.from && day <= pattern.to &&
                pattern.weekdays.contains(day.dayOfWeek()))
                dates << day;
        }
    }
    return dates;
}

} // namespace

SeriesResult generateSeries(const SeriesPattern& pattern, qint64 measureId) {
    QHash<QDate, QString> holidays;
    for (int year = pattern.from.year(); year <= pattern.to.year(); ++year) {
        for (const PublicHoliday& holiday : publicHolidays(year, pattern.state))
            holidays.insert(holiday.date, holiday.name);
    }
    SeriesResult result;
    for (const QDate& day : patternDates(pattern)) {
        if (holidays.contains(day)) {
            result.skipped.append({day, holidays.value(day)});
            continue;
        }
        if (pattern.closures.contains(day)) {
            result.skipped.append(
                {day, QCoreApplication::translate("Verbund::SessionSeries", "closed")});
            continue;
        }
        Session session;
        session.measureId = measureId;
        session.date = day;
        session.start = pattern.start;
        session.end = pattern.end;
        session.ue = pattern.ue;
        session.topicId = pattern.topicId;
        session.locationId = pattern.locationId;
        session.trainer = pattern.trainer;
        result.sessions << session;
    }
    return result;
}

QList<FieldError> seriesErrors(const SeriesPattern& pattern, const Measure& measure) {
    QList<FieldError> errors;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Verbund::SessionSeries", text);
    };
    if (pattern.from.isValid() && measure.startDate.isValid() && pattern.from < measure.startDate)
        errors.append(
            {QStringLiteral("from"), tr("The measure starts on %1; the series cannot start before.")
                                         .arg(formatDate(measure.startDate))});
    if (pattern.to.isValid() && measure.endDate.isValid() && pattern.to > measure.endDate)
        errors.append(
            {QStringLiteral("to"), tr("The measure ends on %1; the series cannot end after it.")
                                       .arg(formatDate(measure.endDate))});
    if (pattern.from.isValid() && pattern.to.isValid() && pattern.to < pattern.from)
        errors.append({QStringLiteral("to"), tr("The series ends before it starts.")});
    return errors;
}

QList<QDate> daysAlreadyPlanned(const QList<Session>& planned, const QList<Session>& existing) {
    QSet<QDate> taken;
    for (const Session& session : existing)
        taken.insert(session.date);
    QList<QDate> days;
    for (const Session& session : planned) {
        if (taken.contains(session.date) && !days.contains(session.date))
            days << session.date;
    }
    return days;
}

} // namespace Verbund
