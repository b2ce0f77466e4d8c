#include "recordkind.h"

namespace Verbund {

namespace {

const QHash<QString, RecordKind>& kindsOfTables() {
    static const QHash<QString, RecordKind> kinds{
        {QStringLiteral("organisation"), RecordKind::Organisation},
        {QStringLiteral("contact"), RecordKind::Contact},
        {QStringLiteral("consultation"), RecordKind::Consultation},
        {QStringLiteral("staff"), RecordKind::Staff},
        {QStringLiteral("site"), RecordKind::Site},
        {QStringLiteral("setting"), RecordKind::Setting},
        {QStringLiteral("curriculum"), RecordKind::Curriculum},
        {QStringLiteral("participant"), RecordKind::Participant},
        {QStringLiteral("funder"), RecordKind::Funder},
        {QStringLiteral("programme"), RecordKind::Programme},
        {QStringLiteral("measure"), RecordKind::Measure},
        {QStringLiteral("enrollment"), RecordKind::Enrollment},
        {QStringLiteral("session"), RecordKind::Session},
        {QStringLiteral("attendance"), RecordKind::Attendance},
        {QStringLiteral("certificate"), RecordKind::Certificate},
        {QStringLiteral("app_user"), RecordKind::User},
        {QStringLiteral("consent"), RecordKind::Consent},
        {QStringLiteral("follow_up"), RecordKind::FollowUp},
        {QStringLiteral("exam_deadline"), RecordKind::ExamDeadline},
        {QStringLiteral("report_date"), RecordKind::ReportDate},
    };
    return kinds;
}

} // namespace

RecordKind recordKindOfTable(const QString& table) {
    const QHash<QString, RecordKind>& kinds = kindsOfTables();
    Q_ASSERT_X(kinds.contains(table), "recordKindOfTable", "a table of no record kind");
    return kinds.value(table, RecordKind::Setting);
}

QString tableOfRecordKind(RecordKind kind) {
    return kindsOfTables().key(kind);
}

void ChangeSet::merge(const ChangeSet& other) {
    for (auto it = other.m_ids.cbegin(); it != other.m_ids.cend(); ++it)
        m_ids[it.key()].unite(it.value());
}

ChangeSet ChangeSet::everything() {
    ChangeSet all;
    for (int kind = int(RecordKind::Organisation); kind <= int(LastRecordKind); ++kind)
        all.add(RecordKind(kind), 0);
    return all;
}

QString ChangeSet::toText(int limit) const {
    QStringList pairs;
    qsizetype length = 0;
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        for (const qint64 id : it.value()) {
            pairs << QStringLiteral("%1:%2").arg(int(it.key())).arg(id);
            length += pairs.constLast().size() + 1;
        }
    }
    if (length <= limit)
        return pairs.join(QLatin1Char(' '));
    pairs.clear();
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        pairs << QStringLiteral("%1:0").arg(int(it.key()));
    return pairs.join(QLatin1Char(' '));
}

ChangeSet ChangeSet::fromText(const QString& text) {
    ChangeSet changes;
    for (const QString& pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool kindRead = false;
        bool idRead = false;
        const int kind = pair.section(QLatin1Char(':'), 0, 0).toInt(&kindRead);
        const qint64 id = pair.section(QLatin1Char(':'), 1, 1).toLongLong(&idRead);
        if (kindRead && idRead && kind >= int(RecordKind::Organisation) &&
            kind <= int(LastRecordKind))
            changes.add(RecordKind(kind), id);
    }
    return changes;
}

} // namespace Verbund
