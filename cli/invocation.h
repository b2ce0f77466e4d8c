#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Verbund {

// The program's command line, read once before any text is translated: the command (none
// for the window), its positional arguments, the options given and their values, and the
// language asked for. CommandLine::read makes it; main chooses the language from it and
// CommandLine::run or the window act on it.
struct Invocation {
    QString command; // empty: the window
    QStringList positional;
    // Every option by each of its names: the value given, else its default; flags map to "".
    QHash<QString, QString> values;
    QStringList given; // the names of the options given
    QString language;  // "de", "en" or empty: the setting's or the system's
    bool help = false;
    bool version = false;
    // What made the line unreadable: Qt's untranslated message with %1 for the option
    // ("Unknown option '%1'."), translated when it is shown.
    QString problem;
    QString problemOption;
    // A negative number where an id or a value goes ("-5"), which the parser would take for
    // options.
    QString negativeNumber;

    bool isSet(const QString& option) const { return given.contains(option); }
    QString value(const QString& option) const { return values.value(option); }
    bool knownLanguage() const {
        return language.isEmpty() || language == QLatin1String("de") ||
               language == QLatin1String("en");
    }
    // Something to print instead of opening the window or running the command.
    bool answered() const {
        return help || version || !problem.isEmpty() || !negativeNumber.isEmpty() ||
               !knownLanguage();
    }
    bool opensWindow() const { return command.isEmpty() && positional.isEmpty() && !answered(); }
};

} // namespace Verbund
