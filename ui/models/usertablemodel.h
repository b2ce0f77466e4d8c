#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The network's users with their roles and sites (the parent id is not used).
class UserTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit UserTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
