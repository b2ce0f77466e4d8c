#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <span>

namespace Verbund {

// One value of a domain enum: the key stored in the database and files, and the English
// label (translated on use, context "Verbund::Enum").
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    const char* label;
};

// Specialised next to each enum, listing its entries in display order.
template <typename E> std::span<const EnumEntry<E>> enumEntries();

template <typename E> QList<E> enumValues() {
    QList<E> values;
    for (const auto& entry : enumEntries<E>())
        values << entry.value;
    return values;
}

template <typename E> QString enumKey(E value) {
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E> QString enumLabel(E value) {
    for (const auto& entry : enumEntries<E>()) {
        if (entry.value == value)
            return QCoreApplication::translate("Verbund::Enum", entry.label);
    }
    return {};
}

template <typename E> std::optional<E> enumFromKey(const QString& key) {
    for (const auto& entry : enumEntries<E>()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

// The label of the value stored by the key; the key itself when no value has it.
template <typename E> QString enumLabelOfKey(const QString& key) {
    const std::optional<E> value = enumFromKey<E>(key);
    return value ? enumLabel(*value) : key;
}

// The label in German, from the German translation the program carries, whatever the
// language of the window.
QString germanEnumLabel(const char* label);

// The value named by the text: its key, its English or German label or its label in the
// user's language, in any case; how files written in either language are read, whatever the
// language of the window.
template <typename E> std::optional<E> enumFromText(const QString& text) {
    const QString wanted = text.trimmed();
    for (const auto& entry : enumEntries<E>()) {
        for (const QString& name : {QString::fromLatin1(entry.key), QString::fromUtf8(entry.label),
                                    germanEnumLabel(entry.label),
                                    QCoreApplication::translate("Verbund::Enum", entry.label)}) {
            if (wanted.compare(name, Qt::CaseInsensitive) == 0)
                return entry.value;
        }
    }
    return std::nullopt;
}

// The keys of all values whose label (in the current language) contains the text; lets a
// filter typed in the user's language find values stored by key.
template <typename E> QStringList enumKeysMatching(const QString& text) {
    QStringList keys;
    if (text.isEmpty())
        return keys;
    for (const auto& entry : enumEntries<E>()) {
        if (QCoreApplication::translate("Verbund::Enum", entry.label)
                .contains(text, Qt::CaseInsensitive))
            keys << QString::fromLatin1(entry.key);
    }
    return keys;
}

} // namespace Verbund
