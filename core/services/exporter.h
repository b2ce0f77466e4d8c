#pragma once

#include "../common/result.h"
#include "csvwriter.h"

#include <QCoreApplication>

namespace Verbund {

class Database;

// The lists the command line and the window export as CSV.
class Exporter final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::Exporter)
public:
    // "participants", "measures", "enrollments"
    static QStringList kinds();
    // Writes the list row by row, read in one query (a few for names); headers in the user's
    // language.
    static Status exportKind(Database& database, const QString& kind, CsvWriter& csv);
};

} // namespace Verbund
