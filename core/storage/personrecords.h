#pragma once

#include "../common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Verbund {

class Database;

// Everything the network stores about one participant, as rows of JSON objects keyed by
// column (numbers as numbers, dates as yyyy-mm-dd, keys of choices as stored, references by
// the name of what they refer to): for the person's copy of their data (GDPR Art. 15/20).
class PersonRecords final {
public:
    explicit PersonRecords(const Database& database);

    // The person's own record; an empty object when there is none.
    Result<QJsonObject> participant(qint64 id) const;
    // Their enrollments with the measure, the certificate and, per enrollment, the credited
    // topics ("credited_topics") and the attendance marks ("attendance"), by the measures'
    // start.
    Result<QJsonArray> enrollments(qint64 participantId) const;

private:
    Result<QJsonArray> rows(const QString& sql, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace Verbund
