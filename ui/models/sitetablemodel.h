#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The office's sites (the parent id is not used).
class SiteTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit SiteTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
