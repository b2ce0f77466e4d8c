#pragma once

#include "dialect.h"

namespace Verbund {

// The SQL of a local Verbund file (SQLite): the neutral form itself.
class SqliteDialect final : public Dialect {
public:
    bool isServer() const override { return false; }
    QString schema(const QString& statement) const override;
    QStringList markAsVerbund() const override;
    QString setSchemaVersion(int version) const override;
    int schemaVersion(const Database& database) const override;
    QStringList searchIndex(const QString& table) const override;
    QStringList trigger(const QString& name, const QString& event, const QString& condition,
                        const QString& body) const override;
    QString announce(const ChangeSet& changes) const override;
    QStringList dropTrigger(const QString& name, const QString& table) const override;
    QStringList keepHistory() const override;
    QStringList history(const HistoryTable& table) const override;
    QStringList grantRights() const override;
    Status grantLogin(Database& database, const User& user, const QString& password) const override;
    SqlCondition searchCondition(const QString& key, const QString& index,
                                 const QStringList& words) const override;
    QString joinInOrder() const override;
    QString tablesQuery() const override;
    QString versionQuery() const override;
    QString integrityCheck(bool thorough) const override;
    QString referenceCheck() const override;
    QString beginSnapshot() const override;
    Status beginWrite(Database& database) const override;
    QStringList continueIds(const QString& table) const override;
};

} // namespace Verbund
