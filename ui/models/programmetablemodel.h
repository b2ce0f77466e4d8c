#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The funding programmes with who pays and their rates (the parent id is not used).
class ProgrammeTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ProgrammeTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
