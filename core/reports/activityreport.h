#pragma once

#include "../common/result.h"
#include "../storage/figurerepository.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Verbund {

class Database;

// The network's figures of a period and site as the board and the steering committee read
// them: the headlines at a glance, then every figure as a chart (NetworkFigures, as the
// overview shows them).
class ActivityReport final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::ActivityReport)
public:
    static Result<ReportDocument> build(Database& database, const FigureScope& scope,
                                        const QDate& date = QDate::currentDate());
};

} // namespace Verbund
