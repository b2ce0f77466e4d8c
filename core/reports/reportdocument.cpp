#include "reportdocument.h"

namespace Verbund {

void ReportDocument::addFields(const QList<std::pair<QString, QString>>& fields) {
    ReportTable table;
    table.grid = false;
    table.showHeader = false;
    table.columns = {ReportColumn{{}, 1, Qt::AlignLeft}, ReportColumn{{}, 3.2, Qt::AlignLeft}};
    for (const auto& [label, value] : fields) {
        if (value.trimmed().isEmpty())
            continue;
        table.rows << ReportRow{{ReportCell{{label}, false, true}, ReportCell{{value}}}, false};
    }
    if (!table.rows.isEmpty())
        blocks << table;
}

} // namespace Verbund
