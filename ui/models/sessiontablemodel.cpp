#include "sessiontablemodel.h"

#include "common/dates.h"
#include "itemroles.h"
#include "storage/attendancerepository.h"
#include "storage/curriculumrepository.h"
#include "storage/datachanges.h"
#include "storage/enrollmentrepository.h"
#include "storage/fundingrepository.h"
#include "storage/measurerepository.h"
#include "storage/participantrepository.h"
#include "storage/repositories.h"
#include "storage/sessionrepository.h"

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
    auto sessions = SessionRepository(database).forMeasure(measureId);
    auto measure = MeasureRepository(database).get(measureId);
    if (!sessions || !measure) {
        error = sessions ? measure.error().message() : sessions.error().message();
        return false;
    }
    QHash<qint64, QString> topics;
    if (measure->curriculumId > 0) {
        if (auto curriculum = CurriculumRepository(database).get(measure->curriculumId)) {
            for (const Topic& topic : std::as_const(curriculum->topics))
                topics.insert(topic.id, topic.title);
        }
    }
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
