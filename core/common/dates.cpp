#include "dates.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Verbund {

QString formatDate(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
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

} // namespace Verbund
