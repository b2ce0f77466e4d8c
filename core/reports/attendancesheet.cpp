#include "attendancesheet.h"

#include "../common/dates.h"
#include "../services/attendance.h"
#include "../storage/attendancerepository.h"
#include "../storage/certificaterepository.h"
#include "../storage/measurerepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/transaction.h"
#include "networkreport.h"

#include <QLocale>

namespace Verbund {

namespace {

QList<qint64> placesOf(const QList<Session>& sessions) {
    QList<qint64> places;
    for (const Session& session : sessions)
        places << session.locationId;
    return places;
}

QString topicTitle(const QList<Topic>& topics, qint64 id) {
    for (const Topic& topic : topics) {
        if (topic.id == id)
            return topic.title;
    }
    return {};
}

} // namespace

Result<ReportDocument> AttendanceSheet::build(Database& database, const Measure& measure,
                                              const QDate& from, const QDate& to,
                                              const QDate& date) {
    auto overview = attendanceOverview(database, measure.meta.id);
    if (!overview)
        return overview.error();
    ReportDocument document =
        networkReport(database, tr("Attendance sheet: %1").arg(measure.title), date);
    // The provider and the places, each read once.
    OrganisationRepository organisations(database);
    QHash<qint64, QString> names;
    for (qint64 id : QList<qint64>{measure.providerId} + placesOf(overview->sessions)) {
        if (names.contains(id))
            continue;
        auto name = organisations.nameOf(id);
        if (!name)
            return name.error();
        names.insert(id, *name);
    }
    const QString provider = names.value(measure.providerId);
    bool first = true;
    for (const Session& session : std::as_const(overview->sessions)) {
        if ((from.isValid() && session.date < from) || (to.isValid() && session.date > to))
            continue;
        if (!first)
            document.blocks << ReportPageBreak{};
        first = false;
        document.blocks << ReportTitle{measure.title, tr("Attendance sheet")};
        const QString time =
            session.start.isValid()
                ? tr("%1 – %2").arg(QLocale().toString(session.start, QLocale::ShortFormat),
                                    QLocale().toString(session.end, QLocale::ShortFormat))
                : QString();
        document.addFields({
            {tr("Provider"), provider},
            {tr("Date"),
             QLocale().toString(session.date, QStringLiteral("dddd, ")) + formatDate(session.date)},
            {tr("Time"), time},
            {tr("Topic"), topicTitle(overview->topics, session.topicId)},
            {tr("UE"), QString::number(session.ue)},
            {tr("Place"), names.value(session.locationId)},
            {tr("Trainer"), session.trainer},
        });
        ReportTable table;
        table.minRowHeight = 10;
        table.columns = {{tr("No."), 0.6, Qt::AlignRight},
                         {tr("Name"), 4.0, Qt::AlignLeft},
                         {tr("Signature"), 5.0, Qt::AlignLeft}};
        int number = 0;
        for (const AttendanceRow& row : std::as_const(overview->rows)) {
            if (!session.concerns(row.enrollment))
                continue;
            table.rows << ReportRow{
                {ReportCell{{QString::number(++number)}}, ReportCell{{row.name}}, ReportCell{}},
                false};
        }
        if (table.rows.isEmpty())
            document.blocks << ReportParagraph{tr("Nobody takes part in this session.")};
        else
            document.blocks << table;
        document.blocks << ReportSignatures{{tr("Date, signature of the trainer")}};
    }
    if (first)
        document.blocks << ReportTitle{measure.title, tr("Attendance sheet")}
                        << ReportParagraph{tr("There are no sessions in this period.")};
    return document;
}

} // namespace Verbund
