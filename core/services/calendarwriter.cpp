#include "calendarwriter.h"

namespace Verbund {

namespace {

QString escaped(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char(';'), QStringLiteral("\\;"))
        .replace(QLatin1Char(','), QStringLiteral("\\,"))
        .replace(QStringLiteral("\r\n"), QStringLiteral("\\n"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\n"));
    return text;
}

// The line in UTF-8, folded after 75 octets with CRLF and a space, never inside a character.
void appendLine(QByteArray& out, const QString& line) {
    const QByteArray bytes = line.toUtf8();
    int taken = 0;
    int limit = 75;
    while (bytes.size() - taken > limit) {
        int cut = taken + limit;
        while (cut > taken && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut; // not in the middle of a character
        out += bytes.mid(taken, cut - taken) + "\r\n ";
        taken = cut;
        limit = 74; // the space that begins a continued line counts
    }
    out += bytes.mid(taken) + "\r\n";
}

QString dateValue(const QDate& date) {
    return date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QByteArray CalendarWriter::calendar(const QString& name, const QList<CalendarEntry>& entries,
                                    const QDateTime& stamp) {
    QByteArray out;
    const QString stampValue = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const QString& line :
         {QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
          QStringLiteral("PRODID:-//Verbund//Verbund//DE"), QStringLiteral("CALSCALE:GREGORIAN"),
          QStringLiteral("METHOD:PUBLISH"), QStringLiteral("X-WR-CALNAME:") + escaped(name)})
        appendLine(out, line);
    for (const CalendarEntry& entry : entries) {
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + escaped(entry.uid));
        appendLine(out, QStringLiteral("DTSTAMP:") + stampValue);
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(entry.date));
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + dateValue(entry.date.addDays(1)));
        appendLine(out, QStringLiteral("SUMMARY:") + escaped(entry.summary));
        if (!entry.description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(entry.description));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Verbund
