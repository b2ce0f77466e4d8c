#include "overviewservice.h"

namespace Verbund {

OverviewService::OverviewService(Database& database)
    : m_database(database) {}

Result<int> OverviewService::count(TodayList list, const QDate& day, qint64 siteId) const {
    return TodayRepository(m_database).count(list, day, siteId);
}

Result<QList<TodayRow>> OverviewService::rows(TodayList list, const QDate& day, qint64 siteId,
                                              int limit) const {
    return TodayRepository(m_database).rows(list, day, siteId, limit);
}

} // namespace Verbund
