#pragma once

#include "../common/error.h"
#include "../domain/holidays.h"
#include "../domain/measure.h"
#include "../domain/session.h"

#include <QList>

namespace Verbund {

// How a series of sessions repeats between two dates.
struct SeriesPattern {
    enum class Kind {
        Weekly,     // on the given weekdays of every week
        MonthlyWeek // on the given weekdays of one week in every month
    };
    Kind kind = Kind::Weekly;
    QDate from;
    QDate to;
    QList<int> weekdays{Qt::Monday}; // Qt::DayOfWeek values
    int weekOfMonth = 1;             // MonthlyWeek: the week that holds the month's n-th Monday
    QTime start{8, 0};
    QTime end{12, 0};
    int ue = 5;
    FederalState state = FederalState::MV;
    QList<QDate> closures; // days the provider is closed
    // What every session of the series carries (0 and empty: none).
    qint64 topicId = 0;
    qint64 locationId = 0;
    QString trainer;
};

struct SkippedDay {
    QDate date;
    QString reason; // the holiday's name, or that the provider is closed
};

struct SeriesResult {
    QList<Session> sessions;
    QList<SkippedDay> skipped;
};

// The sessions of the pattern for the measure, without public holidays of the state and
// closure days; nothing is saved.
SeriesResult generateSeries(const SeriesPattern& pattern, qint64 measureId);

// What keeps the series from being planned for the measure: a period outside the measure's
// (fields "from" and "to").
QList<FieldError> seriesErrors(const SeriesPattern& pattern, const Measure& measure);

// The days of the planned sessions on which the measure already has one, in order.
QList<QDate> daysAlreadyPlanned(const QList<Session>& planned, const QList<Session>& existing);

} // namespace Verbund
