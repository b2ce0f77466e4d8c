#pragma once

#include "../domain/curriculum.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Verbund {

// The curriculum sheet trainers hand out: title, target group and goal, the table
// Topic | Contents | UE with its total, and what a UE is worth in minutes and hours.
class CurriculumSheet final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CurriculumSheet)
public:
    static ReportDocument build(const Curriculum& curriculum, const QString& networkName,
                                const QDate& date = QDate::currentDate());
};

} // namespace Verbund
