#pragma once

#include "../common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Verbund {

class Database;
struct Measure;

// One measure on paper: its data and places of learning, the participants with their status,
// the funding plan with the amounts, and where the hiring obligation stands.
class MeasureOverview final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::MeasureOverview)
public:
    static Result<ReportDocument> build(Database& database, const Measure& measure,
                                        const QDate& date = QDate::currentDate());
};

} // namespace Verbund
