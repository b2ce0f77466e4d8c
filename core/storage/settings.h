#pragma once

#include "../common/result.h"

#include <QCoreApplication>

namespace Verbund {

class Database;

// The network's own settings, kept in the database file so that every office PC opening it
// prints the same name on its reports.
class NetworkSettings final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::NetworkSettings)
public:
    explicit NetworkSettings(Database& database);

    // The name printed at the top of every report; a neutral default when none is set.
    Result<QString> networkName() const;
    Status setNetworkName(const QString& name);

private:
    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace Verbund
