#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace Verbund {

// Dates as a German office writes them: dd.MM.yyyy; empty for no date.
QString formatDate(const QDate& date);

// Reads dd.mm.yyyy, d.m.yyyy, d.m.yy and ISO yyyy-mm-dd; an invalid QDate when the text is
// none of these (or empty).
QDate parseDate(const QString& text);

// "01.03.2026 – 30.06.2026"; empty when neither date is set.
QString formatPeriod(const QDate& from, const QDate& to);

// "2026-11-24", as QDate::toString(Qt::ISODate) writes it, without its formatting machinery,
// which an import would run for every row; empty for no date.
QString isoDate(const QDate& date);
// The date of "2026-11-24", as QDate::fromString(text, Qt::ISODate) reads it, read directly
// when it has that form.
QDate dateFromIso(QStringView text);
// The time of "2026-11-24T07:50:12.345Z", as QDateTime::fromString(text, Qt::ISODateWithMs)
// reads it, read directly when it has that form.
QDateTime timestampFromIso(const QString& text);
// "2026-11-24T07:50:12.345Z" for a time in UTC, as QDateTime::toString(Qt::ISODateWithMs)
// writes it.
QString isoTimestamp(const QDateTime& utc);

// Today's local date, looked up at most once a second: the lookup asks the system for the
// time zone each time, which an import of 100,000 rows would do for every row.
QDate today();

// Times as HH:mm; empty for no time.
QString formatTime(const QTime& time);
// "24.11.2026 16:30"; empty for no time.
QString formatDateTime(const QDateTime& time);

// Reads what people type for a time of day: 8, 14, 8:30, 8.30, 830, 0830, "8 Uhr"; an invalid
// QTime when the text is none of these (or empty).
QTime parseTime(const QString& text);

} // namespace Verbund
