#pragma once

#include "../common/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Verbund {

class Database;

// A participant whose data is kept longer than the retention rule says.
struct RetentionRow {
    qint64 id = 0;
    QString name;
    QDate lastNeeded; // the end of their last measure, or when the record was made
    int enrollments = 0;
};

// Everything the network stores about one participant or contact, as rows of JSON objects keyed by
// column (numbers as numbers, dates as yyyy-mm-dd, keys of choices as stored, references by
// the name of what they refer to): for the person's copy of their data (GDPR Art. 15/20).
class PersonRecords final {
public:
    explicit PersonRecords(const Database& database);

    // The person's own record; an empty object when there is none.
    Result<QJsonObject> participant(qint64 id) const;
    // A contact's record with their organisation's name; an empty object when there is none.
    Result<QJsonObject> contact(qint64 id) const;
    // Their enrollments with the measure, the certificate and, per enrollment, the credited
    // topics ("credited_topics") and the attendance marks ("attendance"), by the measures'
    // start.
    Result<QJsonArray> enrollments(qint64 participantId) const;
    // Their consents, oldest first: purpose and how as keys, the days, the text's version.
    Result<QJsonArray> consents(qint64 participantId) const;
    // The participants not erased whose last measure ended (or whose record was made, when
    // they took part in none) before the day: those the retention rule no longer covers, the
    // longest past first. A measure without an end keeps its people.
    Result<QList<RetentionRow>> pastRetention(const QDate& keptFrom) const;

private:
    Result<QJsonArray> rows(const QString& sql, const QVariantList& values) const;
    // The first row; an empty object when there is none.
    Result<QJsonObject> firstRow(const QString& sql, const QVariantList& values) const;

    const Database& m_database;
};

} // namespace Verbund
