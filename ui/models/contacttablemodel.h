#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The contacts of one organisation.
class ContactTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ContactTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 organisationId, QList<Row>& rows,
              QString& error) const override;
};

} // namespace Verbund
