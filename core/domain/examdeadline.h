#pragma once

#include "record.h"

#include <QDate>
#include <QString>

namespace Verbund {

// One exam sitting of a chamber with the day by which candidates must be registered (for
// example two sittings a year): what the exam registration rule reminds of.
struct ExamDeadline {
    RecordMeta meta;
    qint64 chamberId = 0; // an organisation
    QString title;        // "Sommerprüfung 2027"
    QDate registrationBy;
    QDate examOn;

    friend bool operator==(const ExamDeadline&, const ExamDeadline&) = default;
};

} // namespace Verbund
