#pragma once

#include "../common/result.h"
#include "../domain/examdeadline.h"
#include "../domain/reportdate.h"
#include "../storage/followuprepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Verbund {

class Database;

// A chamber's exam sitting with the chamber's name; a funder's report date with the funder's.
struct NamedExamDeadline {
    ExamDeadline deadline;
    QString chamber;
};
struct NamedReportDate {
    ReportDate date;
    QString funder;
};

// The office's follow-ups (Wiedervorlagen): those made by hand on an organisation, contact,
// participant or measure, those of the consultations' follow-up dates and those the rules make
// (FollowUpRules), with the rules' settings and data: which rules are on, the chambers' exam
// sittings and the funders' report dates.
class FollowUpService final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::FollowUpService)
public:
    explicit FollowUpService(Database& database);

    // How far ahead the rules make follow-ups when asked for none further: the calendar shows
    // what is coming.
    static constexpr int HorizonDays = 60;

    // Brings the rules' follow-ups in step, up to `until` but at least HorizonDays after today.
    // Only a coordinator's program does, who sees all that the rules look at (an advisor on a
    // server sees the participants of their site only); for anyone else nothing happens.
    Status applyRules(const QDate& today, const QDate& until = {});

    Result<QList<FollowUpRow>> list(const FollowUpFilter& filter, int limit) const;
    Result<QList<FollowUpRow>> all(const FollowUpFilter& filter) const;
    Result<int> count(const FollowUpFilter& filter) const;
    Result<FollowUp> followUp(qint64 id) const;
    Status save(FollowUp& followUp);
    Status remove(const FollowUp& followUp);

    // The staff member of this name ("Anna Berger", or the last name alone when only one has
    // it), for a list of their follow-ups.
    Result<qint64> staffNamed(const QString& name) const;

    // The rules switched on; switching one off removes its follow-ups not done.
    Result<QSet<FollowUpRule>> rules() const;
    Status setRule(FollowUpRule rule, bool on);

    // By exam day.
    Result<QList<NamedExamDeadline>> examDeadlines() const;
    Result<ExamDeadline> examDeadline(qint64 id) const;
    Status save(ExamDeadline& deadline);
    Status remove(const ExamDeadline& deadline);
    // By day.
    Result<QList<NamedReportDate>> reportDates() const;
    Result<ReportDate> reportDate(qint64 id) const;
    Status save(ReportDate& date);
    Status remove(const ReportDate& date);

    // The follow-ups as an iCalendar file, each an all-day entry on its due day.
    Result<QByteArray> calendar(const QList<FollowUpRow>& rows) const;

private:
    Database& m_database;
};

} // namespace Verbund
