#pragma once

#include "../common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Verbund {

class Database;

// Money per funder and programme over the measures of a period, with totals.
class FundingReport final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::FundingReport)
public:
    // An invalid date leaves that side of the period open.
    static Result<ReportDocument> build(Database& database, const QDate& from, const QDate& to,
                                        const QDate& date = QDate::currentDate());
};

} // namespace Verbund
