#pragma once

#include "enumtext.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Verbund {

enum class FederalState { BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH };

struct PublicHoliday {
    QDate date;
    QString name; // German: the days are named so on every calendar
};

// The statutory public holidays of the whole state in the year, in date order: the national
// ones, the Easter-based ones and the state's own. Holidays of single towns or denominations
// (Augsburg, Mariä Himmelfahrt in Bavarian municipalities, Fronleichnam in parts of Saxony
// and Thuringia) are not statewide and not included; enter them as closure days.
QList<PublicHoliday> publicHolidays(int year, FederalState state);

// Easter Sunday of the Gregorian calendar.
QDate easterSunday(int year);

template <> std::span<const EnumEntry<FederalState>> enumEntries();

} // namespace Verbund
