#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The participants of one measure with their path, status, UE, exam and hiring.
class EnrollmentTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit EnrollmentTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 measureId, QList<Row>& rows,
              QString& error) const override;
};

} // namespace Verbund
