#pragma once

#include "dialect.h"

namespace Verbund {

// The SQL of a network on a PostgreSQL server: identity key columns and 64-bit integers,
// ICU's case-blind order as the collation "nocase", fold() in SQL, the search index as a
// text-search vector, plpgsql triggers, the schema's version in a table of its own and the
// write lock as an advisory lock of the database.
class PostgresDialect final : public Dialect {
public:
    // The channel of LISTEN/NOTIFY on which programs tell each other what they wrote.
    static constexpr const char* Channel = "verbund_changes";

    bool isServer() const override { return true; }
    QString schema(const QString& statement) const override;
    QStringList markAsVerbund() const override;
    QString setSchemaVersion(int version) const override;
    int schemaVersion(const Database& database) const override;
    QStringList searchIndex(const QString& table) const override;
    QStringList trigger(const QString& name, const QString& event, const QString& condition,
                        const QString& body) const override;
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
    QString announce(const ChangeSet& changes) const override;
};

} // namespace Verbund
