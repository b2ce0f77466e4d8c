#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Verbund {

// Money is whole euro cents; shares are basis points (10000 = 100 %).
using Cents = qint64;
inline constexpr int FullShare = 10000;

// "12.345,67 €" in German, "€12,345.67" in English: the user's locale.
QString formatMoney(Cents cents);
// "12.345,67", "12345,67 €", "12345.67", "1.000": the amount in cents, or nothing.
std::optional<Cents> parseMoney(const QString& text);
// "70 %", "33,33 %"
QString formatShare(int basisPoints);
// "70", "70,5 %", "33.33": basis points, or nothing.
std::optional<int> parseShare(const QString& text);

// Splits total into parts proportional to the weights by the largest-remainder method:
// the parts add up to total exactly, each lies within one cent of its exact share, and ties
// go to the earlier weight, so the same inputs always give the same parts. Weights must not
// be negative; when they are all zero every part is zero.
QList<Cents> allocate(Cents total, const QList<qint64>& weights);

} // namespace Verbund
