#include "followupservice.h"

#include "../common/dates.h"
#include "../domain/rights.h"
#include "../services/calendarwriter.h"
#include "../storage/database.h"
#include "../storage/followuprules.h"
#include "../storage/organisationrepository.h"
#include "../storage/settings.h"
#include "../storage/transaction.h"
#include "fundingservice.h"

#include <algorithm>

namespace Verbund {

FollowUpService::FollowUpService(Database& database)
    : m_database(database) {}

Status FollowUpService::applyRules(const QDate& today, const QDate& until) {
    if (m_database.isReadOnly() || m_database.user().role < UserRole::Coordinator)
        return {};
    auto on = rules();
    if (!on)
        return on.error();
    const QDate horizon = today.addDays(HorizonDays);
    return FollowUpRules(m_database)
        .apply(today, std::max(until.isValid() ? until : horizon, horizon), *on);
}

Result<QList<FollowUpRow>> FollowUpService::list(const FollowUpFilter& filter, int limit) const {
    return FollowUpRepository(m_database).list(filter, limit);
}

Result<QList<FollowUpRow>> FollowUpService::all(const FollowUpFilter& filter) const {
    return FollowUpRepository(m_database).all(filter);
}

Result<int> FollowUpService::count(const FollowUpFilter& filter) const {
    return FollowUpRepository(m_database).count(filter);
}

Result<FollowUp> FollowUpService::followUp(qint64 id) const {
    return FollowUpRepository(m_database).get(id);
}

Status FollowUpService::save(FollowUp& followUp) {
    return FollowUpRepository(m_database).save(followUp);
}

Status FollowUpService::remove(const FollowUp& followUp) {
    return FollowUpRepository(m_database).remove(followUp);
}

Result<qint64> FollowUpService::staffNamed(const QString& name) const {
    const QString wanted = name.simplified();
    auto found = m_database.runRead(
        QStringLiteral("SELECT id FROM staff WHERE lower(trim(coalesce(first_name, '') || ' ' || "
                       "coalesce(last_name, ''))) = lower(?) OR lower(last_name) = lower(?) "
                       "ORDER BY id"),
        {wanted, wanted});
    if (!found)
        return found.error();
    QList<qint64> ids;
    while (found->query().next())
        ids << found->query().value(0).toLongLong();
    if (ids.size() == 1)
        return ids.first();
    return Error(ErrorCode::NotFound,
                 ids.isEmpty() ? tr("Nobody in the office is called “%1”.").arg(wanted)
                               : tr("Several people in the office are called “%1”; give the "
                                    "first and the last name.")
                                     .arg(wanted));
}

Result<QSet<FollowUpRule>> FollowUpService::rules() const {
    return NetworkSettings(m_database).followUpRules();
}

Status FollowUpService::setRule(FollowUpRule rule, bool on) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status set = NetworkSettings(m_database).setFollowUpRule(rule, on); !set)
        return set;
    if (!on) {
        if (Status removed = FollowUpRepository(m_database).removeOpen(rule); !removed)
            return removed;
    }
    return transaction.commit();
}

Result<QList<NamedExamDeadline>> FollowUpService::examDeadlines() const {
    auto deadlines = Repository<ExamDeadline>(m_database)
                         .where(QStringLiteral("TRUE"), {}, QStringLiteral("exam_on, id"));
    if (!deadlines)
        return deadlines.error();
    QList<NamedExamDeadline> named;
    const OrganisationRepository organisations(m_database);
    for (const ExamDeadline& deadline : std::as_const(*deadlines)) {
        auto chamber = organisations.nameOf(deadline.chamberId);
        if (!chamber)
            return chamber.error();
        named.append({deadline, *chamber});
    }
    return named;
}

Result<ExamDeadline> FollowUpService::examDeadline(qint64 id) const {
    return Repository<ExamDeadline>(m_database).get(id);
}

Status FollowUpService::save(ExamDeadline& deadline) {
    return Repository<ExamDeadline>(m_database).save(deadline);
}

Status FollowUpService::remove(const ExamDeadline& deadline) {
    return Repository<ExamDeadline>(m_database).remove(deadline);
}

Result<QList<NamedReportDate>> FollowUpService::reportDates() const {
    auto dates = Repository<ReportDate>(m_database)
                     .where(QStringLiteral("TRUE"), {}, QStringLiteral("due_on, id"));
    if (!dates)
        return dates.error();
    auto funders = FundingService(m_database).funderPayers();
    if (!funders)
        return funders.error();
    QHash<qint64, QString> names;
    for (const Payer& funder : std::as_const(*funders))
        names.insert(funder.funderId, funder.name);
    QList<NamedReportDate> named;
    for (const ReportDate& date : std::as_const(*dates))
        named.append({date, names.value(date.funderId)});
    return named;
}

Result<ReportDate> FollowUpService::reportDate(qint64 id) const {
    return Repository<ReportDate>(m_database).get(id);
}

Status FollowUpService::save(ReportDate& date) {
    return Repository<ReportDate>(m_database).save(date);
}

Status FollowUpService::remove(const ReportDate& date) {
    return Repository<ReportDate>(m_database).remove(date);
}

Result<QByteArray> FollowUpService::calendar(const QList<FollowUpRow>& rows) const {
    auto network = NetworkSettings(m_database).networkName();
    if (!network)
        return network.error();
    QList<CalendarEntry> entries;
    for (const FollowUpRow& row : rows) {
        const FollowUp& f = row.followUp;
        QStringList about{row.subjectName};
        if (!row.ownerName.isEmpty())
            about << tr("Owner: %1").arg(row.ownerName);
        entries << CalendarEntry{QStringLiteral("follow-up-%1-%2@verbund")
                                     .arg(f.meta.id)
                                     .arg(isoDate(f.meta.createdAt.date())),
                                 f.dueOn, followUpTask(f) + QStringLiteral(" – ") + row.subjectName,
                                 about.join(QLatin1Char('\n'))};
    }
    return CalendarWriter::calendar(tr("Follow-ups – %1").arg(*network), entries,
                                    QDateTime::currentDateTimeUtc());
}

} // namespace Verbund
