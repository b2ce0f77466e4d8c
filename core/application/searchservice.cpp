#include "searchservice.h"

#include "../domain/rights.h"
#include "../storage/database.h"

namespace Verbund {

SearchService::SearchService(Database& database)
    : m_database(database) {}

Result<SearchService::Found> SearchService::search(const QString& text, int perKind) const {
    Found found;
    if (text.trimmed().isEmpty())
        return found;
    const SearchIndex index(m_database);
    for (const RecordKind kind : SearchIndex::kinds()) {
        if (kind == RecordKind::Participant && !seesParticipants(m_database.user().role))
            continue;
        auto hits = index.find(kind, text, perKind + 1);
        if (!hits)
            return hits.error();
        if (hits->size() > perKind) {
            hits->removeLast();
            found.more << kind;
        }
        found.hits << *hits;
    }
    return found;
}

} // namespace Verbund
