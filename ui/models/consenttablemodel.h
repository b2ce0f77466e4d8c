#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The consents of one participant, the newest given first.
class ConsentTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit ConsentTableModel(QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 participantId, QList<Row>& rows,
              QString& error) const override;
};

} // namespace Verbund
