#pragma once

#include "record.h"

#include <QDate>
#include <QString>

namespace Verbund {

// A day by which a funder expects a report ("Zwischenbericht 2027"): what the funding report
// rule reminds of.
struct ReportDate {
    RecordMeta meta;
    qint64 funderId = 0;
    QString title;
    QDate dueOn;

    friend bool operator==(const ReportDate&, const ReportDate&) = default;
};

} // namespace Verbund
