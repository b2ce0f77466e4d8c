#pragma once

#include "../common/result.h"

#include <QHash>
#include <QString>

namespace Verbund {

class Database;

// Names of organisations, funders and programmes by id, read once per report.
struct ReportNames {
    QHash<qint64, QString> organisations;
    QHash<qint64, QString> funders;
    QHash<qint64, QString> programmes;

    static Result<ReportNames> read(Database& database);
    // The funders' and programmes' names alone.
    static Result<ReportNames> readFunding(Database& database);
};

} // namespace Verbund
