#pragma once

#include "../common/result.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace Verbund {

class Database;

// The lists of the overview's "Today", each of a day and a site (or all): the sessions of the
// day and the next, the sessions whose attendance is missing two days after, the measures
// ending within 30 days and those that ended without all their certificates. The follow-up
// rules see the same (MeasureDuties).
enum class TodayList {
    SessionsToday,
    SessionsTomorrow,
    AttendanceMissing,
    EndingSoon,
    CertificatesMissing,
};

// One line: the measure, the session's day and time, or the measure's end, and a word more
// (the trainer, the people without a certificate).
struct TodayRow {
    qint64 measureId = 0;
    QString measure;
    QDate date;
    QTime start;
    QTime end;
    QString trainer;
    int count = 0; // people taking part, or of them without a certificate
};

class TodayRepository final {
public:
    explicit TodayRepository(Database& database);

    static constexpr int AttendanceAfterDays = 2;
    static constexpr int AttendanceLookBackDays = 90;
    static constexpr int EndingWithinDays = 30;
    // As far back as the follow-up rules look (FollowUpRules::LookBackDays).
    static constexpr int EndedLookBackDays = 90;

    Result<int> count(TodayList list, const QDate& day, qint64 siteId) const;
    // In the order of the day: sessions by time, measures by their end.
    Result<QList<TodayRow>> rows(TodayList list, const QDate& day, qint64 siteId, int limit) const;

private:
    Database& m_database;
};

} // namespace Verbund
