#pragma once

#include "../storage/todayrepository.h"

namespace Verbund {

class Database;

// The overview's figures: what needs doing today (TodayRepository), for a day and a site (0 for
// all).
class OverviewService final {
public:
    explicit OverviewService(Database& database);

    Result<int> count(TodayList list, const QDate& day, qint64 siteId) const;
    Result<QList<TodayRow>> rows(TodayList list, const QDate& day, qint64 siteId, int limit) const;

private:
    Database& m_database;
};

} // namespace Verbund
