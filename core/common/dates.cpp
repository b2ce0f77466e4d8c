#include "dates.h"

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

} // namespace Verbund
