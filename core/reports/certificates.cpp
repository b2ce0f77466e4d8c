#include "certificates.h"

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

// Whether the person's certificate is provisional on this day: still taking part in a
// measure that has not ended.
bool provisional(const Enrollment& enrollment, const Measure& measure, const QDate& date) {
    if (enrollment.status == EnrollmentStatus::Completed ||
        enrollment.status == EnrollmentStatus::DroppedOut)
        return false;
    return !measure.endDate.isValid() || measure.endDate >= date;
}

// The rows of the people who get a certificate: everybody on the lists, or the one person.
Result<QList<AttendanceRow>> certificateRows(const AttendanceOverview& overview,
                                             const Measure& measure, qint64 participantId) {
    if (participantId <= 0)
        return overview.rows;
    for (const AttendanceRow& row : overview.rows) {
        if (row.enrollment.participantId == participantId)
            return QList<AttendanceRow>{row};
    }
    // Not on the lists: not enrolled, or cancelled.
    return Error(ErrorCode::NotFound,
                 Certificates::tr("The person with the id %1 takes no part in “%2” that a "
                                  "certificate could show (not enrolled, or cancelled).")
                     .arg(participantId)
                     .arg(measure.title));
}

// The attendance of the measure and the rows of those who get a certificate.
struct CertificateSubjects {
    AttendanceOverview overview;
    QList<AttendanceRow> rows;
};

Result<CertificateSubjects> certificateSubjects(Database& database, const Measure& measure,
                                                qint64 participantId) {
    auto overview = attendanceOverview(database, measure.meta.id);
    if (!overview)
        return overview.error();
    auto rows = certificateRows(*overview, measure, participantId);
    if (!rows)
        return rows.error();
    return CertificateSubjects{*overview, *rows};
}

// The day of the last session whose attendance counts for the person.
QDate lastCountedSession(const AttendanceOverview& overview, const AttendanceRow& row) {
    QDate last;
    for (const Session& session : overview.sessions) {
        const AttendanceMark* mark = overview.mark(row.enrollment.meta.id, session.meta.id);
        if (mark &&
            (mark->state == AttendanceState::Present || mark->state == AttendanceState::Partial))
            last = qMax(last, session.date);
    }
    return last;
}

} // namespace

Result<int> Certificates::provisionalCount(Database& database, const Measure& measure,
                                           qint64 participantId, const QDate& date) {
    auto subjects = certificateSubjects(database, measure, participantId);
    if (!subjects)
        return subjects.error();
    int count = 0;
    for (const AttendanceRow& row : std::as_const(subjects->rows))
        count += provisional(row.enrollment, measure, date) ? 1 : 0;
    return count;
}

Result<ReportDocument> Certificates::preview(Database& database, const Measure& measure,
                                             qint64 participantId, const QDate& date) {
    return build(database, measure, participantId, Mode::Preview, date);
}

Status Certificates::issue(Database& database, const Measure& measure, qint64 participantId,
                           const Output& output, const QDate& date) {
    // The serials and the output succeed together or not at all.
    Transaction transaction(database);
    if (!transaction.begun())
        return transaction.begun();
    auto document = build(database, measure, participantId, Mode::Issue, date);
    if (!document)
        return document.error();
    if (Status made = output(*document); !made)
        return made;
    return transaction.commit();
}

Result<ReportDocument> Certificates::build(Database& database, const Measure& measure,
                                           qint64 participantId, Mode mode, const QDate& date) {
    auto subjects = certificateSubjects(database, measure, participantId);
    if (!subjects)
        return subjects.error();
    const AttendanceOverview& overview = subjects->overview;
    const QList<AttendanceRow>& rows = subjects->rows;
    if (rows.isEmpty())
        return Error(ErrorCode::Validation,
                     tr("Nobody in “%1” gets a certificate.").arg(measure.title));
    // Never dated before the last session counted, for anybody of the bundle.
    QDate issuedOn = date;
    for (const AttendanceRow& row : std::as_const(rows))
        issuedOn = qMax(issuedOn, lastCountedSession(overview, row));
    ReportDocument document =
        networkReport(database, tr("Certificates: %1").arg(measure.title), issuedOn);
    auto provider = OrganisationRepository(database).nameOf(measure.providerId);
    if (!provider)
        return provider.error();
    CertificateRepository serials(database);
    bool first = true;
    for (const AttendanceRow& row : std::as_const(rows)) {
        const Enrollment& e = row.enrollment;
        QString number = tr("No. given when issued (preview)");
        if (mode == Mode::Issue) {
            auto serial = serials.serialFor(e.meta.id, issuedOn);
            if (!serial)
                return serial.error();
            number = tr("No. %1").arg(*serial);
        }
        if (!first)
            document.blocks << ReportPageBreak{true};
        first = false;

        const bool droppedOut = e.status == EnrollmentStatus::DroppedOut;
        const bool isProvisional = provisional(e, measure, issuedOn);
        const QDate start = e.startDate.isValid() ? e.startDate : measure.startDate;
        const QDate end = e.exitDate.isValid() ? e.exitDate : measure.endDate;
        const bool enoughAttended = row.share() >= measure.minimumShare && !droppedOut;
        const bool examOk = !measure.endsWithExam || e.examResult == ExamResult::Passed;
        const bool successful = enoughAttended && examOk && !isProvisional;

        document.blocks << ReportTitle{isProvisional
                                           ? tr("Provisional certificate of participation")
                                           : tr("Certificate of participation"),
                                       number};
        const QString who = row.birthDate.isValid()
                                ? tr("%1, born on %2,").arg(row.fullName, formatDate(row.birthDate))
                                : row.fullName;
        QString what = measure.qualificationGoal.isEmpty()
                           ? tr("“%1”").arg(measure.title)
                           : tr("“%1” (%2)").arg(measure.title, measure.qualificationGoal);
        // The provider when there is one; a measure without one names none.
        if (!provider->isEmpty())
            what = tr("%1 at %2").arg(what, *provider);
        QString text;
        if (droppedOut)
            text = tr("%1 took part in the measure %2 from %3 until leaving it on %4.")
                       .arg(who, what, formatDate(start), formatDate(end));
        else if (isProvisional)
            text = tr("%1 takes part in the measure %2, which runs from %3 to %4.")
                       .arg(who, what, formatDate(start), formatDate(end));
        else if (successful)
            text = tr("%1 took part successfully in the measure %2 from %3 to %4.")
                       .arg(who, what, formatDate(start), formatDate(end));
        else
            text = tr("%1 attended the measure %2 from %3 to %4.")
                       .arg(who, what, formatDate(start), formatDate(end));
        document.blocks << ReportParagraph{text};
        if (isProvisional)
            document.blocks << ReportParagraph{
                tr("Provisional: the measure has not ended; this certificate shows the "
                   "attendance up to %1.")
                    .arg(formatDate(issuedOn))};
        if (measure.endsWithExam && e.examResult != ExamResult::None)
            document.blocks << ReportParagraph{e.examResult == ExamResult::Passed
                                                   ? tr("The final exam was passed.")
                                                   : tr("The final exam was not passed.")};

        if (!overview.topics.isEmpty()) {
            ReportTable topics;
            topics.columns = {{tr("Topic"), 7.0, Qt::AlignLeft}, {tr("UE"), 1.2, Qt::AlignRight}};
            for (const Topic& topic : std::as_const(overview.topics)) {
                const bool credited = e.creditedTopicIds.contains(topic.id);
                topics.rows << ReportRow{
                    {ReportCell{{credited ? tr("%1 (credited from prior learning)").arg(topic.title)
                                          : topic.title}},
                     ReportCell{{credited ? tr("credited") : QString::number(topic.ue)}}},
                    false};
            }
            document.blocks << topics;
        }
        document.addFields({
            {tr("Planned UE"), QString::number(row.plannedUe)},
            {tr("UE attended"), QString::number(row.attendedUe)},
            {tr("Share attended"), formatShare(row.share())},
        });
        document.blocks << ReportSpacer{6}
                        << ReportSignatures{{tr("Place, %1").arg(formatDate(issuedOn)),
                                             tr("Signature and stamp of the provider")}};
    }
    return document;
}

} // namespace Verbund
