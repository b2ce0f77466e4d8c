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

// Participation certificates built from what each person attended, one page each; the
// serial numbers are stored, so a re-print shows the same numbers.
class Certificates final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::Certificates)
public:
    // participantId 0: everybody of the measure who gets one.
    static Result<ReportDocument> build(Database& database, const Measure& measure,
                                        qint64 participantId = 0,
                                        const QDate& date = QDate::currentDate());
};

} // namespace Verbund
