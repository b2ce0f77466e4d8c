#include "examdeadlinetablemodel.h"

#include "application/followupservice.h"
#include "common/dates.h"

namespace Verbund {

ExamDeadlineTableModel::ExamDeadlineTableModel(QObject* parent)
    : RecordListModel({tr("Chamber"), tr("Exam"), tr("Registration by"), tr("Exam on")}, parent) {
    watch({RecordKind::ExamDeadline, RecordKind::Organisation});
}

bool ExamDeadlineTableModel::read(Database& database, qint64, QList<Row>& rows,
                                  QString& error) const {
    auto deadlines = FollowUpService(database).examDeadlines();
    if (!deadlines) {
        error = deadlines.error().message();
        return false;
    }
    for (const auto& [d, chamber] : std::as_const(*deadlines))
        rows.append(
            {d.meta.id, {chamber, d.title, formatDate(d.registrationBy), formatDate(d.examOn)}});
    return true;
}

} // namespace Verbund
