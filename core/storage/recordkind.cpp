#include "recordkind.h"

namespace Verbund {

RecordKind recordKindOfTable(const QString& table) {
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
    };
    Q_ASSERT_X(kinds.contains(table), "recordKindOfTable", "a table of no record kind");
    return kinds.value(table, RecordKind::Setting);
}

void ChangeSet::merge(const ChangeSet& other) {
    for (auto it = other.m_ids.cbegin(); it != other.m_ids.cend(); ++it)
        m_ids[it.key()].unite(it.value());
}

} // namespace Verbund
