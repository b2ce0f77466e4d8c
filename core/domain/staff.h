#pragma once

#include "record.h"

#include <QString>

namespace Verbund {

// A person of the network's office; advises companies and runs consultations.
struct Staff {
    RecordMeta meta;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    qint64 siteId = 0; // 0 = none
    bool active = true;

    QString fullName() const;
    friend bool operator==(const Staff&, const Staff&) = default;
};

// An office of the network (a pilot region plus further sites).
struct Site {
    RecordMeta meta;
    QString name;
    QString city;
    QString notes;

    friend bool operator==(const Site&, const Site&) = default;
};

} // namespace Verbund
