#pragma once

#include "../common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <functional>

namespace Verbund {

class Database;
struct Measure;

// Participation certificates built from what each person attended, each its own document
// of one page. Issuing them gives serial numbers, which are stored in the same transaction
// as the output is made, so a failed output keeps none and a re-print shows the same ones;
// a preview gives none. A certificate of a person still taking part in a measure that has
// not ended is provisional and says so. Certificates are never dated before the last
// session whose attendance they count.
class Certificates final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::Certificates)
public:
    enum class Mode { Preview, Issue };
    // Makes the output (a PDF written, a printout) of the issued document; fails to keep
    // the serial numbers from being given.
    using Output = std::function<Status(const ReportDocument& issued)>;

    // participantId 0: everybody of the measure who gets one.
    static Result<ReportDocument> preview(Database& database, const Measure& measure,
                                          qint64 participantId = 0,
                                          const QDate& date = QDate::currentDate());
    static Status issue(Database& database, const Measure& measure, qint64 participantId,
                        const Output& output, const QDate& date = QDate::currentDate());
    // How many of the certificates would be provisional, to ask before issuing them.
    static Result<int> provisionalCount(Database& database, const Measure& measure,
                                        qint64 participantId = 0,
                                        const QDate& date = QDate::currentDate());

private:
    static Result<ReportDocument> build(Database& database, const Measure& measure,
                                        qint64 participantId, Mode mode, const QDate& date);
};

} // namespace Verbund
