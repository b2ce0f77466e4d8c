// Each record type's field table against the tables the migrations make: a column added to one
// and not the other fails here, not at a user's desk.
#include "storage/recordmapping.h"
#include "storage/sql.h"
#include "tempdatabase.h"

#include <QSet>
#include <QSqlRecord>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

QSet<QString> schemaColumns(const Database& db, const QString& table) {
    const QSqlRecord record = db.connection().record(table);
    QSet<QString> columns;
    for (int i = 0; i < record.count(); ++i)
        columns.insert(record.fieldName(i));
    return columns;
}

template <typename T> void checkFieldTable(const Database& db) {
    const QString table = RecordMapping<T>::table();
    INFO(table.toStdString());
    QSet<QString> fields{QStringLiteral("id"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at"), QStringLiteral("revision")};
    for (const QString& column : RecordMapping<T>::columns()) {
        INFO(column.toStdString());
        CHECK_FALSE(fields.contains(column)); // every column once
        fields.insert(column);
    }
    const QSet<QString> schema = schemaColumns(db, table);
    REQUIRE_FALSE(schema.isEmpty());
    for (const QString& column : schema - fields)
        FAIL_CHECK("in the schema but in no field: " << column.toStdString());
    for (const QString& column : fields - schema)
        FAIL_CHECK("a field but not in the schema: " << column.toStdString());
}

} // namespace

TEST_CASE("every record type's field table matches its table in the schema") {
    TempDatabase db;
    checkFieldTable<Organisation>(*db);
    checkFieldTable<Contact>(*db);
    checkFieldTable<Consultation>(*db);
    checkFieldTable<Staff>(*db);
    checkFieldTable<Site>(*db);
    checkFieldTable<Curriculum>(*db);
    checkFieldTable<Participant>(*db);
    checkFieldTable<Funder>(*db);
    checkFieldTable<Programme>(*db);
    checkFieldTable<Measure>(*db);
    checkFieldTable<Enrollment>(*db);
    checkFieldTable<Session>(*db);
}

// Read from SQLite's catalogue; the server's indexes are made by the same steps.
TEST_CASE("every reference to another table has an index that begins with it", "[file]") {
    TempDatabase db;
    auto tables = runSql(db->connection(),
                         QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                        "AND type = 'table' AND name NOT LIKE 'sqlite_%'"));
    REQUIRE(tables.ok());
    int references = 0;
    while (tables->next()) {
        const QString table = tables->value(0).toString();
        // The first column of every index of the table, the primary key's included.
        auto leading =
            runSql(db->connection(),
                   QStringLiteral("SELECT i.name, (SELECT name FROM pragma_index_info(i.name) "
                                  "WHERE seqno = 0) FROM pragma_index_list(?) i"),
                   {table});
        REQUIRE(leading.ok());
        QSet<QString> indexed;
        while (leading->next())
            indexed.insert(leading->value(1).toString());
        // An INTEGER PRIMARY KEY is the row's id: the table is ordered by it.
        auto rowid = runSql(db->connection(),
                            QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk = 1 AND "
                                           "upper(type) = 'INTEGER' AND NOT EXISTS (SELECT 1 FROM "
                                           "pragma_table_info(?) WHERE pk = 2)"),
                            {table, table});
        REQUIRE(rowid.ok());
        while (rowid->next())
            indexed.insert(rowid->value(0).toString());
        auto keys =
            runSql(db->connection(),
                   QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?)"), {table});
        REQUIRE(keys.ok());
        while (keys->next()) {
            const QString column = keys->value(0).toString();
            ++references;
            INFO(table.toStdString() << "." << column.toStdString());
            CHECK(indexed.contains(column));
        }
    }
    CHECK(references > 30);
}
