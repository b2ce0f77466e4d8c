#pragma once

#include "../common/result.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <functional>

namespace Verbund {

class Database;

// What a report is about.
// A programme is no report's own subject; a report of a period may be narrowed to one.
enum class ReportSubject { Curriculum, Measure, Period, Programme };

// What the user chose for one report: its subject and, where the report takes them, the
// days and the person.
struct ReportRequest {
    qint64 subjectId = 0; // the curriculum or measure; 0 for a period
    QDate from;           // invalid: open
    QDate to;
    qint64 participantId = 0; // certificates: only this person
    // A period's report narrowed to one measure or the measures of one programme; 0 for all.
    qint64 measureId = 0;
    qint64 programmeId = 0;
    qint64 siteId = 0; // a report of the network's work: only this site's; 0 for all

    // About the curriculum or measure, with no further choice.
    static ReportRequest about(qint64 subjectId) {
        ReportRequest request;
        request.subjectId = subjectId;
        return request;
    }
};

// The options a report takes beyond its subject, as the command line names them.
enum class ReportOption { Period, Participant, Provisional, Scope, Site };

// One report the program prints: the same for `verbund print`, the window's print and
// preview actions and the help text.
struct Report {
    // Makes the output (a PDF written, a printout) of the final document.
    using Output = std::function<Status(const ReportDocument& document)>;

    QString name; // on the command line: "measure-overview"
    ReportSubject subject = ReportSubject::Measure;
    const char* title = nullptr; // translatable in the context Verbund::Reports
    QList<ReportOption> options;
    // The document as a preview shows it; for certificates without serial numbers.
    std::function<Result<ReportDocument>(Database&, const ReportRequest&)> build;
    // How many of its documents would be provisional, to ask before issuing; unset when a
    // report has no such thing.
    std::function<Result<int>(Database&, const ReportRequest&)> provisionalCount;
    // Certificates: the final document gets serial numbers, in the transaction that makes
    // the output. Unset: the final document is the one built.
    std::function<Status(Database&, const ReportRequest&, const Output&)> issueWith;

    QString translatedTitle() const;
    bool takes(ReportOption option) const { return options.contains(option); }
    // Builds the final document and makes its output.
    Status issue(Database& database, const ReportRequest& request, const Output& output) const;
};

// Every report, by name.
class ReportRegistry final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::ReportRegistry)
public:
    static const QList<Report>& all();
    static QStringList names();
    // Nothing when there is no report of the name.
    static const Report* find(const QString& name);
    // The report's subject given as an id or the exact title of exactly one record.
    static Result<qint64> findSubject(Database& database, ReportSubject subject,
                                      const QString& text);
};

} // namespace Verbund
