#include "followuprules.h"

#include "../common/dates.h"
#include "followuprepository.h"
#include "measureduties.h"

#include <QHash>
#include <algorithm>

namespace Verbund {

namespace {

// What a rule finds: the follow-up it wants, by its rule, record and day.
struct Wanted {
    FollowUpSubject subject;
    qint64 subjectId;
    qint64 ref;
    QDate date;
    QDate due;
    qint64 ownerId;
    QString text;
};

struct RuleRead {
    QString sql;
    QVariantList values;
    FollowUpSubject subject;
    int dueAfterDays;
};

// Each rule's read of (subject id, ref, day, owner, text) for the days from..until.
Result<QList<Wanted>> wanted(Database& database, FollowUpRule rule, const QDate& today,
                             const QDate& from, const QDate& until) {
    const QString cancelled = enumKey(MeasureStatus::Cancelled);
    RuleRead read;
    switch (rule) {
    case FollowUpRule::Consultation:
        return QList<Wanted>{}; // followed with the consultation itself
    case FollowUpRule::Attendance: {
        const SqlCondition missing = MeasureDuties::attendanceMissing(today);
        read = {QStringLiteral("SELECT s.measure_id, s.id, s.date, NULL, NULL FROM session s "
                               "JOIN measure m ON m.id = s.measure_id WHERE s.date >= ? AND "
                               "s.date <= ? AND ") +
                    missing.sql,
                QVariantList{isoDate(from), isoDate(until)} + missing.values,
                FollowUpSubject::Measure, FollowUpRules::AttendanceDays};
        break;
    }
    case FollowUpRule::Certificates: {
        const SqlCondition missing = MeasureDuties::certificatesMissing(today);
        read = {QStringLiteral("SELECT m.id, m.id, m.end_date, NULL, NULL FROM measure m "
                               "WHERE m.end_date >= ? AND m.end_date <= ? AND ") +
                    missing.sql,
                QVariantList{isoDate(from), isoDate(until)} + missing.values,
                FollowUpSubject::Measure, FollowUpRules::CertificateDays};
        break;
    }
    case FollowUpRule::Hiring: {
        // The day is the check's, N months after the end: the few measures with an obligation
        // to check are all read.
        auto rows = database.runRead(
            QStringLiteral("SELECT m.id, m.end_date, m.hiring_check_months, o.advisor_id "
                           "FROM measure m JOIN organisation o ON o.id = m.obligation_company_id "
                           "WHERE m.hiring_check_months IS NOT NULL AND m.end_date IS NOT NULL "
                           "AND m.status <> ?"),
            {cancelled});
        if (!rows)
            return rows.error();
        QList<Wanted> found;
        QSqlQuery& query = rows->query();
        while (query.next()) {
            const QDate check = dateFromSql(query.value(1)).addMonths(query.value(2).toInt());
            if (check >= from && check <= until)
                found << Wanted{FollowUpSubject::Measure,
                                query.value(0).toLongLong(),
                                query.value(0).toLongLong(),
                                check,
                                check,
                                query.value(3).toLongLong(),
                                QString()};
        }
        return found;
    }
    case FollowUpRule::ExamRegistration:
        // The first sitting after the measure's end of the chambers among its places of
        // learning, of any chamber when none is.
        read = {QStringLiteral(
                    "SELECT m.id, m.id, d.registration_by, NULL, d.title || ', ' || o.name "
                    "FROM measure m JOIN exam_deadline d ON d.id = (SELECT x.id FROM "
                    "exam_deadline x WHERE x.exam_on >= m.end_date AND (x.chamber_id IN "
                    "(SELECT l.organisation_id FROM measure_location l WHERE l.measure_id = "
                    "m.id) OR NOT EXISTS (SELECT 1 FROM measure_location l JOIN organisation "
                    "c ON c.id = l.organisation_id WHERE l.measure_id = m.id AND c.kind = ?)) "
                    "ORDER BY x.exam_on, x.id LIMIT 1) JOIN organisation o ON o.id = "
                    "d.chamber_id WHERE m.ends_with_exam = 1 AND m.status <> ? AND "
                    "d.registration_by >= ? AND d.registration_by <= ?"),
                {enumKey(OrganisationKind::Chamber), cancelled, isoDate(from), isoDate(until)},
                FollowUpSubject::Measure,
                0};
        break;
    case FollowUpRule::FundingReport:
        read = {QStringLiteral("SELECT r.funder_id, r.id, r.due_on, NULL, r.title "
                               "FROM report_date r WHERE r.due_on >= ? AND r.due_on <= ?"),
                {isoDate(from), isoDate(until)},
                FollowUpSubject::Funder,
                0};
        break;
    }
    auto rows = database.runRead(read.sql, read.values);
    if (!rows)
        return rows.error();
    QList<Wanted> found;
    QSqlQuery& query = rows->query();
    while (query.next()) {
        const QDate date = dateFromSql(query.value(2));
        found << Wanted{read.subject,
                        query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        date,
                        date.addDays(read.dueAfterDays),
                        query.value(3).toLongLong(),
                        query.value(4).toString()};
    }
    return found;
}

QString keyOf(qint64 ref, const QDate& date) {
    return QString::number(ref) + QLatin1Char(' ') + isoDate(date);
}

} // namespace

FollowUpRules::FollowUpRules(Database& database)
    : m_database(database) {}

Status FollowUpRules::apply(const QDate& today, const QDate& until,
                            const QSet<FollowUpRule>& rules) {
    // Looked at first without the write lock, which most often is not needed; when it is, once
    // more under it, so that nothing another program wrote meanwhile is made twice.
    QList<FollowUp> made;
    QList<FollowUp> gone;
    if (Status found = differences(today, until, rules, made, gone); !found)
        return found;
    if (made.isEmpty() && gone.isEmpty())
        return {};
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    if (Status found = differences(today, until, rules, made, gone); !found)
        return found;
    FollowUpRepository repository(m_database);
    for (FollowUp& followUp : made) {
        if (Status written = repository.write(followUp); !written)
            return written;
    }
    for (const FollowUp& followUp : gone) {
        if (Status removed = repository.remove(followUp); !removed)
            return removed;
    }
    return transaction.commit();
}

Status FollowUpRules::differences(const QDate& today, const QDate& until,
                                  const QSet<FollowUpRule>& rules, QList<FollowUp>& made,
                                  QList<FollowUp>& gone) const {
    made.clear();
    gone.clear();
    const QDate from = today.addDays(-LookBackDays);
    FollowUpRepository repository(m_database);
    for (const FollowUpRule rule : switchableRules()) {
        if (!rules.contains(rule))
            continue;
        // Up to the day asked for, and as far as the rule's open follow-ups go: one made
        // earlier for a later day goes too when what it is about is gone.
        auto latest = m_database.readValue(
            QStringLiteral("SELECT max(rule_date) FROM follow_up WHERE rule = ? AND "
                           "done_on IS NULL"),
            {enumKey(rule)});
        if (!latest)
            return latest.error();
        const QDate to = std::max(until, dateFromSql(*latest));
        auto found = wanted(m_database, rule, today, from, to);
        if (!found)
            return found.error();
        auto existing =
            repository.where(QStringLiteral("rule = ? AND rule_date >= ? AND rule_date <= ?"),
                             {enumKey(rule), isoDate(from), isoDate(to)});
        if (!existing)
            return existing.error();
        QHash<QString, FollowUp> had;
        for (const FollowUp& followUp : *existing)
            had.insert(keyOf(followUp.ruleRef, followUp.ruleDate), followUp);
        QSet<QString> still;
        for (const Wanted& w : *found) {
            const QString key = keyOf(w.ref, w.date);
            still.insert(key);
            if (had.contains(key) || w.due > until)
                continue;
            FollowUp followUp;
            followUp.subject = w.subject;
            followUp.subjectId = w.subjectId;
            followUp.rule = rule;
            followUp.ruleRef = w.ref;
            followUp.ruleDate = w.date;
            followUp.dueOn = w.due;
            followUp.ownerId = w.ownerId;
            followUp.text = w.text.left(MaxNameLength);
            made << followUp;
        }
        for (auto it = had.cbegin(); it != had.cend(); ++it) {
            if (!still.contains(it.key()) && !it.value().isDone())
                gone << it.value();
        }
    }
    return {};
}

} // namespace Verbund
