#include "followuprepository.h"

#include "../common/dates.h"

namespace Verbund {

namespace {

// The follow-ups f with what they are about and their owner st.
QString rowsSql() {
    QStringList columns;
    for (const QString& column : RecordMapping<FollowUp>::columns())
        columns << QStringLiteral("f.") + column;
    return QStringLiteral(
               "SELECT f.id, f.created_at, f.updated_at, f.revision, %1, "
               "CASE WHEN f.organisation_id IS NOT NULL THEN so.name "
               "WHEN f.contact_id IS NOT NULL THEN trim(coalesce(sc.first_name, '') || ' ' || "
               "coalesce(sc.last_name, '')) || ' (' || sco.name || ')' "
               "WHEN f.participant_id IS NOT NULL THEN %2 "
               "WHEN f.measure_id IS NOT NULL THEN sm.title "
               "ELSE coalesce(sf.name, sfo.name) END, "
               "trim(coalesce(st.first_name, '') || ' ' || coalesce(st.last_name, '')) "
               "FROM follow_up f "
               "LEFT JOIN organisation so ON so.id = f.organisation_id "
               "LEFT JOIN contact sc ON sc.id = f.contact_id "
               "LEFT JOIN organisation sco ON sco.id = sc.organisation_id "
               "LEFT JOIN participant sp ON sp.id = f.participant_id "
               "LEFT JOIN measure sm ON sm.id = f.measure_id "
               "LEFT JOIN funder sf ON sf.id = f.funder_id "
               "LEFT JOIN organisation sfo ON sfo.id = sf.organisation_id "
               "LEFT JOIN staff st ON st.id = f.owner_id ")
        .arg(columns.join(QStringLiteral(", ")), lastFirstNameSql(QStringLiteral("sp")));
}

QString subjectColumn(FollowUpSubject subject) {
    switch (subject) {
    case FollowUpSubject::Organisation:
        return QStringLiteral("f.organisation_id");
    case FollowUpSubject::Contact:
        return QStringLiteral("f.contact_id");
    case FollowUpSubject::Participant:
        return QStringLiteral("f.participant_id");
    case FollowUpSubject::Measure:
        return QStringLiteral("f.measure_id");
    case FollowUpSubject::Funder:
        return QStringLiteral("f.funder_id");
    }
    return {};
}

} // namespace

SqlCondition FollowUpRepository::condition(const FollowUpFilter& filter) {
    QStringList parts{QStringLiteral("TRUE")};
    QVariantList values;
    if (filter.until.isValid()) {
        parts << QStringLiteral("f.due_on <= ?");
        values << isoDate(filter.until);
    }
    if (filter.openOnly)
        parts << QStringLiteral("f.done_on IS NULL");
    if (filter.ownerId > 0) {
        parts << QStringLiteral("f.owner_id = ?");
        values << filter.ownerId;
    }
    if (filter.subject) {
        if (*filter.subject == FollowUpSubject::Organisation) {
            parts << QStringLiteral("(f.organisation_id = ? OR f.contact_id IN "
                                    "(SELECT id FROM contact WHERE organisation_id = ?))");
            values << filter.subjectId << filter.subjectId;
        } else {
            parts << subjectColumn(*filter.subject) + QStringLiteral(" = ?");
            values << filter.subjectId;
        }
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

Result<QList<FollowUpRow>> FollowUpRepository::list(const FollowUpFilter& filter, int limit) const {
    return read(filter, limit);
}

Result<QList<FollowUpRow>> FollowUpRepository::all(const FollowUpFilter& filter) const {
    return read(filter, std::nullopt);
}

Result<QList<FollowUpRow>> FollowUpRepository::read(const FollowUpFilter& filter,
                                                    std::optional<int> limit) const {
    const SqlCondition where = condition(filter);
    QVariantList values = where.values;
    values << filter.firstOwnerId;
    if (limit)
        values << *limit;
    auto read = m_store.database().runRead(
        rowsSql() + QStringLiteral("WHERE ") + where.sql +
            QStringLiteral(" ORDER BY CASE WHEN f.done_on IS NULL THEN 0 ELSE 1 END, "
                           "CASE WHEN f.owner_id = ? THEN 0 ELSE 1 END, "
                           "CASE WHEN f.done_on IS NULL THEN f.due_on END, f.done_on DESC, "
                           "f.id") +
            (limit ? QStringLiteral(" LIMIT ?") : QString()),
        values);
    if (!read)
        return read.error();
    QList<FollowUpRow> rows;
    QSqlQuery& query = read->query();
    const int names = RecordStore::FirstColumn + int(RecordMapping<FollowUp>::columns().size());
    while (query.next()) {
        FollowUpRow row{RecordMapping<FollowUp>::read(query), query.value(names).toString(),
                        query.value(names + 1).toString()};
        row.followUp.meta = RecordStore::readMeta(query);
        rows << row;
    }
    return rows;
}

Result<int> FollowUpRepository::count(const FollowUpFilter& filter) const {
    const SqlCondition where = condition(filter);
    auto value = m_store.database().readValue(
        QStringLiteral("SELECT count(*) FROM follow_up f WHERE ") + where.sql, where.values);
    if (!value)
        return value.error();
    return value->toInt();
}

Status FollowUpRepository::followConsultation(const Consultation& consultation,
                                              const QDate& before) {
    auto existing = where(QStringLiteral("consultation_id = ?"), {consultation.meta.id});
    if (!existing)
        return existing.error();
    if (!consultation.followUp.isValid()) {
        for (const FollowUp& followUp : *existing) {
            if (Status removed = m_store.remove(followUp.meta); !removed)
                return removed;
        }
        return {};
    }
    FollowUp followUp = existing->isEmpty() ? FollowUp{} : existing->first();
    followUp.subject = FollowUpSubject::Organisation;
    followUp.subjectId = consultation.organisationId;
    followUp.consultationId = consultation.meta.id;
    followUp.rule = FollowUpRule::Consultation;
    followUp.ruleRef = consultation.meta.id;
    followUp.ruleDate = consultation.date;
    followUp.text = consultation.summary.trimmed().left(MaxNameLength);
    followUp.ownerId = consultation.advisorId;
    if (followUp.meta.isNew() || consultation.followUp != before) {
        followUp.dueOn = consultation.followUp;
        followUp.doneOn = {};
    }
    return write(followUp);
}

Status FollowUpRepository::removeOpen(FollowUpRule rule) {
    auto open = where(QStringLiteral("rule = ? AND done_on IS NULL"), {enumKey(rule)});
    if (!open)
        return open.error();
    for (const FollowUp& followUp : *open) {
        if (Status removed = m_store.remove(followUp.meta); !removed)
            return removed;
    }
    return {};
}

} // namespace Verbund
