#include "money.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace Verbund {

QString formatMoney(Cents cents) {
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

namespace {

// Reads "1.234,56", "1234.56", "1,234.56" or "1234": whole units and up to `decimals`
// decimal digits, the last separator being the decimal one when followed by fewer than
// three digits or when it is the only kind used with a comma.
std::optional<qint64> parseDecimal(QString text, int decimals) {
    text = text.trimmed();
    text.remove(QStringLiteral("€"));
    text.remove(QLatin1Char('%'));
    text.remove(QChar(0x00A0));
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    static const QRegularExpression allowed(QStringLiteral("^[0-9.,]+$"));
    if (!allowed.match(text).hasMatch())
        return std::nullopt;
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    const qsizetype lastPoint = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype last = std::max(lastComma, lastPoint);
    QString whole = text;
    QString fraction;
    if (last >= 0) {
        const QChar separator = text.at(last);
        const qsizetype digitsAfter = text.size() - last - 1;
        const bool onlyThisKind =
            text.count(separator) == 1 &&
            !text.contains(separator == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(','));
        // "1.000" is a thousand; "1,5" and "1.5" and "1.234,5" are decimals.
        const bool isDecimal = digitsAfter != 3 || (onlyThisKind && separator == QLatin1Char(','));
        if (isDecimal) {
            whole = text.left(last);
            fraction = text.mid(last + 1);
        }
    }
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    if (fraction.size() > decimals || fraction.contains(QLatin1Char('.')) ||
        fraction.contains(QLatin1Char(',')))
        return std::nullopt;
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (whole.size() > 15)
        return std::nullopt;
    bool ok = false;
    qint64 value = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return negative ? -value : value;
}

} // namespace

std::optional<Cents> parseMoney(const QString& text) {
    return parseDecimal(text, 2);
}

QString formatShare(int basisPoints) {
    QString number = QLocale().toString(basisPoints / 100.0, 'f', 2);
    const QString point = QLocale().decimalPoint();
    while (number.contains(point) && number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(point))
        number.chop(point.size());
    return number + QStringLiteral(" %");
}

std::optional<int> parseShare(const QString& text) {
    const auto value = parseDecimal(text, 2);
    if (!value || *value > 1000000)
        return std::nullopt;
    return int(*value);
}

// 128 bits, so that total × weight cannot overflow even for amounts as weights.
__extension__ using Wide = __int128;

QList<Cents> allocate(Cents total, const QList<qint64>& weights) {
    if (total < 0) {
        QList<Cents> parts = allocate(-total, weights);
        for (Cents& part : parts)
            part = -part;
        return parts;
    }
    QList<Cents> parts(weights.size(), 0);
    const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (sum <= 0 || weights.isEmpty())
        return parts;
    // Exact share = total * weight / sum.
    QList<std::pair<Wide, int>> remainders;
    Cents given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const Wide exact = Wide(total) * weights.at(i);
        parts[i] = Cents(exact / sum);
        remainders.append({exact % sum, i});
        given += parts.at(i);
    }
    // Largest remainders first; equal remainders in the order of the weights.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    const Cents left = total - given;
    for (Cents i = 0; i < left; ++i)
        ++parts[remainders.at(int(i % remainders.size())).second];
    return parts;
}

} // namespace Verbund
