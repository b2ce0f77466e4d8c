#include "holidays.h"

#include <algorithm>
#include <array>

namespace Verbund {

QDate easterSunday(int year) {
    // Meeus/Jones/Butcher algorithm.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> publicHolidays(int year, FederalState state) {
    using S = FederalState;
    auto in = [state](std::initializer_list<S> states) {
        return std::find(states.begin(), states.end(), state) != states.end();
    };
    const QDate easter = easterSunday(year);
    QList<PublicHoliday> days{
        {QDate(year, 1, 1), QStringLiteral("Neujahr")},
        {easter.addDays(-2), QStringLiteral("Karfreitag")},
        {easter.addDays(1), QStringLiteral("Ostermontag")},
        {QDate(year, 5, 1), QStringLiteral("Tag der Arbeit")},
        {easter.addDays(39), QStringLiteral("Christi Himmelfahrt")},
        {easter.addDays(50), QStringLiteral("Pfingstmontag")},
        {QDate(year, 10, 3), QStringLiteral("Tag der Deutschen Einheit")},
        {QDate(year, 12, 25), QStringLiteral("1. Weihnachtstag")},
        {QDate(year, 12, 26), QStringLiteral("2. Weihnachtstag")},
    };
    if (in({S::BW, S::BY, S::ST}))
        days.append({QDate(year, 1, 6), QStringLiteral("Heilige Drei Könige")});
    if ((state == S::BE && year >= 2019) || (state == S::MV && year >= 2023))
        days.append({QDate(year, 3, 8), QStringLiteral("Internationaler Frauentag")});
    if (state == S::BB) {
        days.append({easter, QStringLiteral("Ostersonntag")});
        days.append({easter.addDays(49), QStringLiteral("Pfingstsonntag")});
    }
    if (in({S::BW, S::BY, S::HE, S::NW, S::RP, S::SL}))
        days.append({easter.addDays(60), QStringLiteral("Fronleichnam")});
    if (state == S::SL)
        days.append({QDate(year, 8, 15), QStringLiteral("Mariä Himmelfahrt")});
    if (state == S::TH && year >= 2019)
        days.append({QDate(year, 9, 20), QStringLiteral("Weltkindertag")});
    const bool reformation = in({S::BB, S::MV, S::SN, S::ST, S::TH}) ||
                             (in({S::HB, S::HH, S::NI, S::SH}) && year >= 2018);
    if (reformation || year == 2017)
        days.append({QDate(year, 10, 31), QStringLiteral("Reformationstag")});
    if (in({S::BW, S::BY, S::NW, S::RP, S::SL}))
        days.append({QDate(year, 11, 1), QStringLiteral("Allerheiligen")});
    if (state == S::SN) {
        // The Wednesday before 23 November.
        QDate day(year, 11, 22);
        while (day.dayOfWeek() != Qt::Wednesday)
            day = day.addDays(-1);
        days.append({day, QStringLiteral("Buß- und Bettag")});
    }
    std::sort(days.begin(), days.end(),
              [](const PublicHoliday& a, const PublicHoliday& b) { return a.date < b.date; });
    return days;
}

namespace {

constexpr std::array stateEntries{
    EnumEntry<FederalState>{FederalState::BW, "BW",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Baden-Württemberg")},
    EnumEntry<FederalState>{FederalState::BY, "BY", QT_TRANSLATE_NOOP("Verbund::Enum", "Bavaria")},
    EnumEntry<FederalState>{FederalState::BE, "BE", QT_TRANSLATE_NOOP("Verbund::Enum", "Berlin")},
    EnumEntry<FederalState>{FederalState::BB, "BB",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Brandenburg")},
    EnumEntry<FederalState>{FederalState::HB, "HB", QT_TRANSLATE_NOOP("Verbund::Enum", "Bremen")},
    EnumEntry<FederalState>{FederalState::HH, "HH", QT_TRANSLATE_NOOP("Verbund::Enum", "Hamburg")},
    EnumEntry<FederalState>{FederalState::HE, "HE", QT_TRANSLATE_NOOP("Verbund::Enum", "Hesse")},
    EnumEntry<FederalState>{FederalState::MV, "MV",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Mecklenburg-Western Pomerania")},
    EnumEntry<FederalState>{FederalState::NI, "NI",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Lower Saxony")},
    EnumEntry<FederalState>{FederalState::NW, "NW",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "North Rhine-Westphalia")},
    EnumEntry<FederalState>{FederalState::RP, "RP",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Rhineland-Palatinate")},
    EnumEntry<FederalState>{FederalState::SL, "SL", QT_TRANSLATE_NOOP("Verbund::Enum", "Saarland")},
    EnumEntry<FederalState>{FederalState::SN, "SN", QT_TRANSLATE_NOOP("Verbund::Enum", "Saxony")},
    EnumEntry<FederalState>{FederalState::ST, "ST",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Saxony-Anhalt")},
    EnumEntry<FederalState>{FederalState::SH, "SH",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Schleswig-Holstein")},
    EnumEntry<FederalState>{FederalState::TH, "TH",
                            QT_TRANSLATE_NOOP("Verbund::Enum", "Thuringia")},
};

} // namespace

template <> std::span<const EnumEntry<FederalState>> enumEntries() {
    return stateEntries;
}

} // namespace Verbund
