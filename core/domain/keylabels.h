#pragma once

#include "enumtext.h"

#include <QByteArray>
#include <QList>
#include <utility>

namespace Verbund {

// The labels of an enum's stored keys in the user's language, in UTF-8: for writing keys read
// straight from the database as the words a reader expects, translated once, not per row.
class KeyLabels final {
public:
    // An unknown key, or none, stands for the fallback, as when a record is read.
    template <typename E> static KeyLabels of(E fallback) {
        KeyLabels labels;
        for (const auto& entry : enumEntries<E>())
            labels.m_labels.append({QByteArray(entry.key), enumLabel(entry.value).toUtf8()});
        labels.m_fallback = enumLabel(fallback).toUtf8();
        return labels;
    }

    QByteArrayView label(QByteArrayView key) const;

private:
    KeyLabels() = default;

    QList<std::pair<QByteArray, QByteArray>> m_labels;
    QByteArray m_fallback;
};

} // namespace Verbund
