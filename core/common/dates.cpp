#include "dates.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Verbund {

QString formatDate(const QDate& date) {
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    const int day = date.day();
    const int month = date.month();
    const int year = date.year();
    const char16_t text[10]{char16_t(u'0' + day / 10),
                            char16_t(u'0' + day % 10),
                            u'.',
                            char16_t(u'0' + month / 10),
                            char16_t(u'0' + month % 10),
                            u'.',
                            char16_t(u'0' + year / 1000),
                            char16_t(u'0' + year / 100 % 10),
                            char16_t(u'0' + year / 10 % 10),
                            char16_t(u'0' + year % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate parseDate(const QString& text) {
    const QString trimmed = text.trimmed();
    static const QRegularExpression german(
        QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto match = german.match(trimmed); match.hasMatch()) {
        int year = match.captured(3).toInt();
        if (match.captured(3).size() == 2) // two digits: this century up to 30 years ahead
            year += (year <= (QDate::currentDate().year() % 100) + 30) ? 2000 : 1900;
        return QDate(year, match.captured(2).toInt(), match.captured(1).toInt());
    }
    if (const auto match = iso.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    return {};
}

QString formatPeriod(const QDate& from, const QDate& to) {
    if (!from.isValid() && !to.isValid())
        return {};
    return QStringLiteral("%1 – %2").arg(formatDate(from), formatDate(to));
}

QString formatTime(const QTime& time) {
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString formatDateTime(const QDateTime& time) {
    return time.isValid() ? formatDate(time.date()) + QLatin1Char(' ') + formatTime(time.time())
                          : QString();
}

QTime parseTime(const QString& text) {
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s*(?:uhr|h))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digits(QStringLiteral("^(\\d{1,2})(\\d{2})$"));
    const QString trimmed = text.trimmed();
    auto match = separated.match(trimmed);
    if (!match.hasMatch())
        match = digits.match(trimmed);
    if (!match.hasMatch())
        return {};
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

QDate today() {
    thread_local qint64 lookedUpUntil = 0;
    thread_local QDate date;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= lookedUpUntil) {
        date = QDate::currentDate();
        lookedUpUntil = now + 1000;
    }
    return date;
}

namespace {

// The number with this many digits, zeros in front.
void putDigits(QChar*& out, int value, int digits) {
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QChar(char16_t(u'0' + value % 10));
        value /= 10;
    }
    out += digits;
}

void putDate(QChar*& out, const QDate& date) {
    putDigits(out, date.year(), 4);
    *out++ = QLatin1Char('-');
    putDigits(out, date.month(), 2);
    *out++ = QLatin1Char('-');
    putDigits(out, date.day(), 2);
}

bool fourDigitYear(const QDate& date) {
    return date.year() >= 0 && date.year() <= 9999;
}

} // namespace

QString isoDate(const QDate& date) {
    if (!date.isValid() || !fourDigitYear(date))
        return date.toString(Qt::ISODate);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    putDate(out, date);
    return text;
}

QString isoTimestamp(const QDateTime& utc) {
    if (!utc.isValid() || utc.timeSpec() != Qt::UTC || !fourDigitYear(utc.date()))
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar* out = text.data();
    putDate(out, utc.date());
    const QTime time = utc.time();
    *out++ = QLatin1Char('T');
    putDigits(out, time.hour(), 2);
    *out++ = QLatin1Char(':');
    putDigits(out, time.minute(), 2);
    *out++ = QLatin1Char(':');
    putDigits(out, time.second(), 2);
    *out++ = QLatin1Char('.');
    putDigits(out, time.msec(), 3);
    *out = QLatin1Char('Z');
    return text;
}

namespace {

// The number written by the digits from..from+count of the text; -1 when one is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isoDateAt(QStringView text) {
    return text.size() >= 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-');
}

} // namespace

QDate dateFromIso(QStringView text) {
    const int year = text.size() == 10 && isoDateAt(text) ? digitsAt(text, 0, 4) : -1;
    const int month = year >= 0 ? digitsAt(text, 5, 2) : -1;
    const int day = month >= 0 ? digitsAt(text, 8, 2) : -1;
    if (day < 0)
        return QDate::fromString(text.toString(), Qt::ISODate);
    return QDate(year, month, day);
}

QDateTime timestampFromIso(const QString& text) {
    // yyyy-MM-ddTHH:mm:ss.zzzZ
    const QStringView view(text);
    if (text.size() != 24 || !isoDateAt(view) || text.at(10) != QLatin1Char('T') ||
        text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':') ||
        text.at(19) != QLatin1Char('.') || text.at(23) != QLatin1Char('Z'))
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    const QDate date = dateFromIso(view.left(10));
    const int hour = digitsAt(view, 11, 2);
    const int minute = digitsAt(view, 14, 2);
    const int second = digitsAt(view, 17, 2);
    const int msec = digitsAt(view, 20, 3);
    const QTime time = hour >= 0 && minute >= 0 && second >= 0 && msec >= 0
                           ? QTime(hour, minute, second, msec)
                           : QTime();
    if (!date.isValid() || !time.isValid())
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    return QDateTime(date, time, Qt::UTC);
}

} // namespace Verbund
