#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <initializer_list>

namespace Verbund {

// The kinds of record a committed change can touch, as the window's lists and choices care
// about them. Rows that belong to a record (topics, places of learning, shares, credits)
// count as a change of that record.
enum class RecordKind {
    Organisation,
    Contact,
    Consultation,
    Staff,
    Site,
    Setting,
    Curriculum,
    Participant,
    Funder,
    Programme,
    Measure,
    Enrollment,
    Session,
    Attendance,
    Certificate,
    User,
    Consent,
    FollowUp,
    ExamDeadline,
    ReportDate,
};
inline constexpr RecordKind LastRecordKind = RecordKind::ReportDate;

inline size_t qHash(RecordKind kind, size_t seed = 0) {
    return ::qHash(int(kind), seed);
}

// The kind whose rows live in this table (a table of RecordStore's or of a repository's).
RecordKind recordKindOfTable(const QString& table);
// The table of the kind's records: its rows, or for the attendance the marks.
QString tableOfRecordKind(RecordKind kind);

// What one committed transaction changed: per kind, the ids of the records. An id of 0
// stands for "some records of this kind" (a bulk change).
class ChangeSet final {
public:
    void add(RecordKind kind, qint64 id) { m_ids[kind].insert(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    bool touches(RecordKind kind) const { return m_ids.contains(kind); }
    bool touchesAny(std::initializer_list<RecordKind> kinds) const {
        for (RecordKind kind : kinds) {
            if (touches(kind))
                return true;
        }
        return false;
    }
    QSet<qint64> ids(RecordKind kind) const { return m_ids.value(kind); }
    void merge(const ChangeSet& other);
    // Whether another program wrote it (a record shown unchanged is then read anew).
    bool byOthers() const { return m_byOthers; }
    void setByOthers(bool byOthers) { m_byOthers = byOthers; }

    // Some records of every kind: what another program changed when it does not say what.
    static ChangeSet everything();
    // As text for another program ("kind:id kind:id …", kinds by number), at most `limit`
    // characters: beyond it, each kind as "some records" (id 0). And read back; what is not
    // understood is left out.
    QString toText(int limit) const;
    static ChangeSet fromText(const QString& text);

private:
    QHash<RecordKind, QSet<qint64>> m_ids;
    bool m_byOthers = false;
};

} // namespace Verbund
