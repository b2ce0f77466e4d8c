#pragma once

#include "recordmapping.h"

namespace Verbund {

// The sessions of measures. Every session lies inside its measure's dates.
class SessionRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::SessionRepository)
public:
    explicit SessionRepository(Database& database);

    Status save(Session& session);
    // Saves all of them in one transaction, or none.
    Status saveAll(QList<Session>& sessions);
    Result<Session> get(qint64 id) const;
    Status remove(const Session& session);
    // In date order.
    Result<QList<Session>> forMeasure(qint64 measureId, const QDate& from = {},
                                      const QDate& to = {}) const;
    Result<int> scheduledUe(qint64 measureId) const;

private:
    Status check(const Session& session) const;

    Database& m_database;
    Repository<Session> m_records;
};

} // namespace Verbund
