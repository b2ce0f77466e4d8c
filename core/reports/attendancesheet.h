#pragma once

#include "../common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Verbund {

class Database;
struct Measure;

// The lists trainers pass round to sign: one page per session of the period, with the
// session's data, a line per participant and the trainer's signature.
class AttendanceSheet final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::AttendanceSheet)
public:
    static Result<ReportDocument> build(Database& database, const Measure& measure,
                                        const QDate& from = {}, const QDate& to = {},
                                        const QDate& date = QDate::currentDate());
};

} // namespace Verbund
