#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The erasure log, the newest first: when, by whom, which record, on which legal basis (the
// parent id is not used).
class ErasureLogTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ErasureLogTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
