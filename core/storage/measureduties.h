#pragma once

#include "sql.h"

#include <QDate>

namespace Verbund {

// What the office still owes a measure, each as one SQL condition that the follow-up rules and
// the overview's lists share: the attendance of a session held, the certificates after its
// end.
namespace MeasureDuties {

// On a session s joined with its measure m: held before the day, the measure not cancelled,
// people taking part, and no attendance recorded at all.
SqlCondition attendanceMissing(const QDate& before);
// On a measure m: ended before the day, not cancelled, and someone taking part without a
// certificate.
SqlCondition certificatesMissing(const QDate& before);
// How many taking part in measure m have no certificate: a column.
SqlCondition certificatesMissingCount();

} // namespace MeasureDuties

} // namespace Verbund
