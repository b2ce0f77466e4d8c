#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The participants past the retention period, the longest past first (the parent id is not
// used).
class RetentionTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit RetentionTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
