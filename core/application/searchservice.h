#pragma once

#include "../storage/searchindex.h"

namespace Verbund {

class Database;

// The search everywhere (Ctrl+K): organisations, contacts, participants, measures and
// curricula by any word, as the user's role may see them.
class SearchService final {
public:
    explicit SearchService(Database& database);

    // The records found, at most perKind of each kind, grouped by kind in the order of
    // SearchIndex::kinds(); nothing for an empty text. `more` holds the kinds that found more.
    struct Found {
        QList<SearchHit> hits;
        QList<RecordKind> more;
    };
    Result<Found> search(const QString& text, int perKind) const;

private:
    Database& m_database;
};

} // namespace Verbund
