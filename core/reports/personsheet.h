#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Verbund {

// A person's data on paper, for handing over (GDPR Art. 15): the master data, a
// participant's enrollments with their attendance and consents, and the history of changes,
// from the export's JSON (PersonService::exportPerson) and the history in words.
class PersonSheet final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::PersonSheet)
public:
    // One entry of the history in words.
    struct HistoryRow {
        QString when;
        QString who;
        QString what;
        QStringList changes;
    };

    // The history oldest first.
    static ReportDocument build(const QJsonObject& data, const QList<HistoryRow>& history,
                                const QDate& date = QDate::currentDate());

private:
    static void addHistory(ReportDocument& document, const QList<HistoryRow>& history);
};

} // namespace Verbund
