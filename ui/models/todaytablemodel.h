#pragma once

#include "recordlistmodel.h"
#include "storage/todayrepository.h"

namespace Verbund {

// One list of the overview's "Today" (TodayList) of a day and a site: sessions with their time
// and trainer, or measures with their end; each row's id is its measure's.
class TodayTableModel final : public RecordListModel {
    Q_OBJECT
public:
    static constexpr int Limit = 500;

    explicit TodayTableModel(TodayList list, QObject* parent = nullptr);

    void setDay(const QDate& day, qint64 siteId);
    TodayList list() const { return m_list; }

protected:
    bool read(Database& database, qint64, QList<Row>& rows, QString& error) const override;

private:
    TodayList m_list;
    QDate m_day;
    qint64 m_siteId = 0;
};

} // namespace Verbund
