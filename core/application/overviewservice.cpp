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

Result<QList<FigureChart>> OverviewService::figures(const FigureScope& scope) const {
    return NetworkFigures::read(m_database, scope);
}

Result<QList<FigureRecord>> OverviewService::figureRecords(Figure figure, const FigureScope& scope,
                                                           const QString& key, int offset,
                                                           int limit) const {
    return NetworkFigures::records(m_database, figure, scope, key, offset, limit);
}

} // namespace Verbund
