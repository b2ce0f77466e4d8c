#include "dialect.h"

namespace Verbund {

QString Dialect::historyErasure() {
    QStringList kept;
    for (const char* column :
         {"id", "at", "actor", "action", "table_name", "record_id", "owner_table", "owner_id"})
        kept << QStringLiteral("NEW.%1 = OLD.%1").arg(QLatin1String(column));
    return QStringLiteral("OLD.erased = 0 AND NEW.erased = 1 AND ") +
           kept.join(QStringLiteral(" AND "));
}

QString Dialect::historyKeptMessage() {
    // The engine's own words for a program that writes around Verbund; never shown by it.
    return QStringLiteral("The history of changes is kept as it was written.");
}

} // namespace Verbund
