#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The measures one participant is or was enrolled in.
class ParticipantEnrollmentTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ParticipantEnrollmentTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 participantId, QList<Row>& rows,
              QString& error) const override;
};

} // namespace Verbund
