#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The sessions of one measure, in date order.
class SessionTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit SessionTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 measureId, QList<Row>& rows,
              QString& error) const override;
};

} // namespace Verbund
