#include "todaytablemodel.h"

#include "application/overviewservice.h"
#include "common/dates.h"

#include <QCoreApplication>

namespace Verbund {

namespace {

bool isSessions(TodayList list) {
    return list == TodayList::SessionsToday || list == TodayList::SessionsTomorrow ||
           list == TodayList::AttendanceMissing;
}

QStringList headers(TodayList list) {
    if (isSessions(list))
        return {QCoreApplication::translate("Verbund::TodayTableModel", "Measure"),
                QCoreApplication::translate("Verbund::TodayTableModel", "Day"),
                QCoreApplication::translate("Verbund::TodayTableModel", "Time"),
                QCoreApplication::translate("Verbund::TodayTableModel", "Trainer"),
                QCoreApplication::translate("Verbund::TodayTableModel", "Taking part")};
    if (list == TodayList::EndingSoon)
        return {QCoreApplication::translate("Verbund::TodayTableModel", "Measure"),
                QCoreApplication::translate("Verbund::TodayTableModel", "Ends on"),
                QCoreApplication::translate("Verbund::TodayTableModel", "Taking part")};
    return {QCoreApplication::translate("Verbund::TodayTableModel", "Measure"),
            QCoreApplication::translate("Verbund::TodayTableModel", "Ended on"),
            QCoreApplication::translate("Verbund::TodayTableModel", "Without certificate")};
}

} // namespace

TodayTableModel::TodayTableModel(TodayList list, QObject* parent)
    : RecordListModel(headers(list), parent)
    , m_list(list)
    , m_day(today()) {
    watch({RecordKind::Measure, RecordKind::Session, RecordKind::Attendance, RecordKind::Enrollment,
           RecordKind::Certificate});
}

void TodayTableModel::setDay(const QDate& day, qint64 siteId) {
    m_day = day;
    m_siteId = siteId;
    reload();
}

bool TodayTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto found = OverviewService(database).rows(m_list, m_day, m_siteId, Limit);
    if (!found) {
        error = found.error().message();
        return false;
    }
    for (const TodayRow& row : std::as_const(*found)) {
        if (isSessions(m_list))
            rows.append({row.measureId,
                         {row.measure, formatDate(row.date),
                          row.start.isValid() ? QStringLiteral("%1–%2").arg(formatTime(row.start),
                                                                            formatTime(row.end))
                                              : QString(),
                          row.trainer, QString::number(row.count)},
                         m_list == TodayList::AttendanceMissing});
        else
            rows.append({row.measureId,
                         {row.measure, formatDate(row.date), QString::number(row.count)},
                         m_list == TodayList::CertificatesMissing});
    }
    return true;
}

} // namespace Verbund
