#pragma once

#include "reportdocument.h"

namespace Verbund {

class Database;

// An empty report of the network: its title, the date and the network's name from the
// settings for the page header.
ReportDocument networkReport(Database& database, const QString& title, const QDate& date);

} // namespace Verbund
