#include "networkreport.h"

#include "../storage/settings.h"

namespace Verbund {

ReportDocument networkReport(Database& database, const QString& title, const QDate& date) {
    ReportDocument document;
    document.title = title;
    document.date = date;
    if (auto name = NetworkSettings(database).networkName())
        document.networkName = *name;
    return document;
}

} // namespace Verbund
