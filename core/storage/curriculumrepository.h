#pragma once

#include "listquery.h"
#include "recordmapping.h"

namespace Verbund {

// One line of the curriculum list; the totals are summed from the topics by SQL.
struct CurriculumRow {
    qint64 id = 0;
    QString title;
    QString version;
    QString targetGroup;
    int topics = 0;
    int totalUe = 0;
    int minutesPerUe = DefaultMinutesPerUe;
    CurriculumStatus status = CurriculumStatus::Draft;

    int totalMinutes() const { return totalUe * minutesPerUe; }
};

// Curricula with their topics as one whole: a save writes the curriculum and its topics in
// one transaction; topics keep their ids while they exist, so that others can refer to them.
class CurriculumRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CurriculumRepository)
public:
    explicit CurriculumRepository(Database& database);

    // The list's columns, in the order a view shows them.
    enum Column { Title, Version, TargetGroup, Topics, Ue, Hours, State, ColumnCount };

    // Inserts or updates the curriculum and makes its stored topics exactly these, in this
    // order; on success the curriculum and its topics carry their ids and the new revision.
    Status save(Curriculum& curriculum);
    Result<Curriculum> get(qint64 id) const;
    Status remove(const Curriculum& curriculum);

    // A command line's SUBJECT: an id, or the exact title of exactly one curriculum.
    Result<Curriculum> find(const QString& subject) const;
    // Saves a copy of the curriculum as its next version (a draft) and returns it.
    Result<Curriculum> duplicateAsNewVersion(qint64 id);

    // Filter words match title, target group, version and the status in the user's language.
    Result<QList<CurriculumRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The record's row in the list; -1 when the filter hides it.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;

private:
    Status saveTopics(Curriculum& curriculum);
    Result<QList<Topic>> topicsOf(qint64 curriculumId) const;
    static ListQuery listQuery(const QString& filter);

    Database& m_database;
    Repository<Curriculum> m_records;
};

} // namespace Verbund
