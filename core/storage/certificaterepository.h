#pragma once

#include "preparedsql.h"
#include "recordmapping.h"

namespace Verbund {

// The serial numbers of certificates: given once, the same on every re-print.
class CertificateRepository final {
public:
    explicit CertificateRepository(Database& database);

    // The enrollment's serial, made on first use as "TB-<year>-<number>".
    Result<QString> serialFor(qint64 enrollmentId, const QDate& issuedOn);

private:
    Database& m_database;
    PreparedSql m_insert;
};

} // namespace Verbund
