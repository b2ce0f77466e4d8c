#pragma once

#include "record.h"

#include <QDate>
#include <QString>

namespace Verbund {

// A person at an organisation the office deals with: HR, a trainer, the works council, …
struct Contact {
    RecordMeta meta;
    qint64 organisationId = 0;
    QString firstName;
    QString lastName;
    QString function;
    QString email;
    QString phone;
    QString notes;
    QDate erasedOn; // the day their personal data was erased (GDPR Art. 17)

    QString fullName() const;
    friend bool operator==(const Contact&, const Contact&) = default;
};

// "First Last", or whichever part is given.
QString personName(const QString& firstName, const QString& lastName);

} // namespace Verbund
