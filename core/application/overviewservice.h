#pragma once

#include "../services/networkfigures.h"
#include "../storage/todayrepository.h"

namespace Verbund {

class Database;

// The overview's figures: what needs doing today (TodayRepository), for a day and a site (0 for
// all), and the network's figures of a period (NetworkFigures) with the records behind a bar.
class OverviewService final {
public:
    explicit OverviewService(Database& database);

    Result<int> count(TodayList list, const QDate& day, qint64 siteId) const;
    Result<QList<TodayRow>> rows(TodayList list, const QDate& day, qint64 siteId, int limit) const;
    Result<QList<FigureChart>> figures(const FigureScope& scope) const;
    Result<QList<FigureRecord>> figureRecords(Figure figure, const FigureScope& scope,
                                              const QString& key, int offset, int limit) const;

private:
    Database& m_database;
};

} // namespace Verbund
