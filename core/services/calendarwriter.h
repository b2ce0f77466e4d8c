#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Verbund {

// One all-day entry of a calendar file.
struct CalendarEntry {
    QString uid; // the same entry keeps it from one export to the next
    QDate date;
    QString summary;
    QString description;
};

// An iCalendar file (RFC 5545) of all-day events that calendar programs (Outlook,
// Thunderbird, a phone) import or subscribe to: texts escaped, lines folded at 75 octets,
// CRLF line ends.
class CalendarWriter final {
public:
    static QByteArray calendar(const QString& name, const QList<CalendarEntry>& entries,
                               const QDateTime& stamp);
};

} // namespace Verbund
