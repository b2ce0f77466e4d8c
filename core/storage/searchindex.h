#pragma once

#include "../common/result.h"
#include "recordkind.h"

#include <QList>
#include <QString>

namespace Verbund {

class Database;

// One record found by the search everywhere: what it is, its name and a word on it (the
// organisation's city, the contact's organisation, the measure's period).
struct SearchHit {
    RecordKind kind = RecordKind::Organisation;
    qint64 id = 0;
    QString title;
    QString detail;
};

// The records whose words (recordSearches) begin with every word of the text, case, accents
// and ß folded, of one kind, in the order of their lists, read through the kind's text search
// index: as fast at 100,000 records as at 100.
class SearchIndex final {
public:
    explicit SearchIndex(Database& database);

    // The kinds it searches, in the order the results are shown.
    static QList<RecordKind> kinds();
    Result<QList<SearchHit>> find(RecordKind kind, const QString& text, int limit) const;

private:
    Database& m_database;
};

} // namespace Verbund
