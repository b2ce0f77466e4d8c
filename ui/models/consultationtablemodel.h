#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The consultations of one organisation, newest first.
class ConsultationTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ConsultationTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 organisationId, QList<Row>& rows,
              QString& error) const override;
};

} // namespace Verbund
