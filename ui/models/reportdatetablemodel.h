#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The funders' report dates, by day.
class ReportDateTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ReportDateTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
