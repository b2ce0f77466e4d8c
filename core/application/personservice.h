#pragma once

#include "../common/result.h"
#include "../domain/consent.h"
#include "../reports/reportdocument.h"
#include "../storage/personerasure.h"
#include "../storage/personrecords.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Verbund {

class Database;

// A person's rights over their data: everything stored about a participant for their copy
// (GDPR Art. 15) in a machine-readable form they may take elsewhere (Art. 20), their consents,
// the erasure that keeps the counts (Art. 17) and the retention review.
class PersonService final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::PersonService)
public:
    explicit PersonService(Database& database);

    // The person's record and every history entry about them, a participant's with their
    // enrollments (attendance, credited topics, certificates) and consents, as JSON
    // (docs/person-export.md).
    Result<QJsonDocument> exportPerson(PersonKind kind, qint64 id) const;
    // The same on paper, for handing over, with the history in words (PersonSheet).
    Result<ReportDocument> sheet(PersonKind kind, qint64 id) const;
    // Writes the one or the other, as the file's name ends: .pdf the sheet, else the JSON.
    Status writeExport(PersonKind kind, qint64 id, const QString& path) const;

    Result<QList<Consent>> consents(qint64 participantId) const;
    Result<Consent> consent(qint64 id) const;
    Status save(Consent& consent);
    Status remove(const Consent& consent);

    // What erasing the person touches, for the question before.
    Result<PersonErasure::Extent> erasureExtent(PersonKind kind, qint64 id) const;
    // Erases the person's data, keeping them as an anonymous person in every count
    // (PersonErasure), on the legal basis given in words; a coordinator's. Afterwards
    // Verbund's backups taken before an erasure whose grace period is over are removed.
    Status erase(PersonKind kind, qint64 id, const QString& legalBasis);
    // How long data is kept: the retention period in years after a participant's last
    // measure, and the grace period in days after an erasure before Verbund's backups from
    // before it go (NetworkSettings).
    struct RetentionRules {
        int years = 0;
        int graceDays = 0;
    };
    Result<RetentionRules> retentionRules() const;
    Status setRetentionRules(const RetentionRules& rules);
    // Who erased which record when, on which basis: newest first.
    Result<QList<PersonErasure::LogEntry>> erasureLog() const;
    // The people past the retention rule (NetworkSettings::retentionYears) today.
    Result<QList<RetentionRow>> pastRetention() const;

private:
    Status erasePermitted() const;

    Database& m_database;
};

} // namespace Verbund
