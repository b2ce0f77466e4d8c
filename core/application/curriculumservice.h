#pragma once

#include "../storage/curriculumrepository.h"

namespace Verbund {

class Database;

// The curricula with their topics, each saved whole in one transaction.
class CurriculumService final {
public:
    explicit CurriculumService(Database& database);

    Result<QList<CurriculumRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The record's row in the filtered, sorted list; -1 when the filter hides it.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;
    // Every curriculum, by title and version, for a choice.
    Result<QList<CurriculumRow>> all() const;
    // With its topics.
    Result<Curriculum> get(qint64 id) const;
    Status save(Curriculum& curriculum);
    Status remove(const Curriculum& curriculum);
    // A copy with the next version number, saved as a draft.
    Result<Curriculum> duplicateAsNewVersion(qint64 id);

private:
    Database& m_database;
};

} // namespace Verbund
