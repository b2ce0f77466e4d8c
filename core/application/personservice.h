#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Verbund {

class Database;

// A person's rights over their data: everything stored about a participant for their copy
// (GDPR Art. 15) in a machine-readable form they may take elsewhere (Art. 20).
class PersonService final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::PersonService)
public:
    explicit PersonService(Database& database);

    // The participant's master data, enrollments with attendance, credited topics and
    // certificates, and every history entry about them, as JSON (docs/person-export.md).
    Result<QJsonDocument> exportParticipant(qint64 id) const;

private:
    Database& m_database;
};

} // namespace Verbund
