#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The office's staff (the parent id is not used).
class StaffTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit StaffTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
