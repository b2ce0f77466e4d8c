#include "sessiontablemodel.h"

#include "application/measureservice.h"
#include "application/sessionservice.h"
#include "common/dates.h"
#include "itemroles.h"
#include "storage/datachanges.h"

#include <QLocale>

namespace Verbund {

SessionTableModel::SessionTableModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Time"), tr("UE"), tr("Topic"), tr("Trainer")}, parent) {
    watch({RecordKind::Session, RecordKind::Staff});
}

bool SessionTableModel::read(Database& database, qint64 measureId, QList<Row>& rows,
                             QString& error) const {
    if (measureId <= 0)
        return true;
    auto sessions = SessionService(database).sessions(measureId);
    if (!sessions) {
        error = sessions.error().message();
        return false;
    }
    MeasureService measures(database);
    auto measure = measures.get(measureId);
    auto curriculumTopics = measure ? measures.topics(*measure) : measure.error();
    if (!curriculumTopics) {
        error = curriculumTopics.error().message();
        return false;
    }
    QHash<qint64, QString> topics;
    for (const Topic& topic : std::as_const(*curriculumTopics))
        topics.insert(topic.id, topic.title);
    for (const Session& s : std::as_const(*sessions)) {
        const QString time =
            s.start.isValid()
                ? QStringLiteral("%1 – %2").arg(s.start.toString(QStringLiteral("HH:mm")),
                                                s.end.toString(QStringLiteral("HH:mm")))
                : QString();
        rows.append({s.meta.id,
                     {QLocale().toString(s.date, QStringLiteral("ddd ")) + formatDate(s.date), time,
                      QString::number(s.ue), topics.value(s.topicId), s.trainer}});
    }
    return true;
}

} // namespace Verbund
