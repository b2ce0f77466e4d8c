#pragma once

#include "../common/result.h"
#include "../storage/indicatorrepository.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Verbund {

class Database;

// The funders' participant indicators (Indicators) of a period and scope as a report: the
// tables of entries, exits and companies with their totals, and the people whose data lack
// something the statistics need.
class IndicatorReport final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::IndicatorReport)
public:
    static Result<ReportDocument> build(Database& database, const IndicatorScope& scope,
                                        const QDate& date = QDate::currentDate());
};

} // namespace Verbund
