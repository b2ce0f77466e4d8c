#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Verbund {

// How a letter addresses a contact: "Frau", "Herr", or neither (then by the whole name).
enum class Salutation { Ms, Mr };

// A person at an organisation the office deals with: HR, a trainer, the works council, …
struct Contact {
    RecordMeta meta;
    qint64 organisationId = 0;
    QString firstName;
    QString lastName;
    std::optional<Salutation> salutation; // none when not stated
    QString academicTitle;                // "Dr.", "Prof. Dr."
    QString function;
    QString email;
    QString phone;
    QString mobile;
    QString notes;
    QDate erasedOn; // the day their personal data was erased (GDPR Art. 17)

    QString fullName() const;
    friend bool operator==(const Contact&, const Contact&) = default;
};

// "First Last", or whichever part is given.
QString personName(const QString& firstName, const QString& lastName);

template <> std::span<const EnumEntry<Salutation>> enumEntries();

} // namespace Verbund
