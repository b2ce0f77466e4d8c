#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <functional>

namespace Verbund {

class Database;
class DatabaseLocation;

// A whole network copied from one database into another, whatever their engines (a file to
// a server, a server to a file): every table's rows with their ids, read from one snapshot
// of the source, written in one transaction of the target, then compared table by table.
class NetworkCopy final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::NetworkCopy)
public:
    // One table's rows as a count and a checksum that does not depend on their order.
    struct TableSum {
        QString table;
        qint64 rows = 0;
        QByteArray checksum;
        friend bool operator==(const TableSum&, const TableSum&) = default;
    };

    // Copies source into target, a new network of the current version holding nothing yet,
    // and checks that every table's count and checksum agree. `progress` hears the percent
    // done now and then and stops the copy by answering false. A failure writes nothing.
    // What was copied is given back, table by table.
    static Result<QList<TableSum>> copy(const Database& source, Database& target,
                                        const std::function<bool(int percent)>& progress = {});
    // A new database at `target` (a file, or an empty server database) made a copy of
    // source, as copy does: all or nothing.
    static Result<QList<TableSum>> copyToNew(const Database& source, const DatabaseLocation& target,
                                             const std::function<bool(int percent)>& progress = {});
    // The records of all tables together.
    static qint64 records(const QList<TableSum>& tables);
    // Every table's count and checksum, from one snapshot.
    static Result<QList<TableSum>> sums(const Database& database);
};

} // namespace Verbund
