#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The funders (the parent id is not used).
class FunderTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit FunderTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
