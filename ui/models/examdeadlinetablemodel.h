#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The chambers' exam sittings with their registration deadlines, by exam day.
class ExamDeadlineTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ExamDeadlineTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64, QList<Row>& rows, QString& error) const override;
};

} // namespace Verbund
