#pragma once

#include "recordlistmodel.h"

namespace Verbund {

// The history of one record (the parent id) of a kind, newest first: when, who, what
// happened to which part of it, and the fields changed, one per line.
class HistoryTableModel final : public RecordListModel {
    Q_OBJECT
public:
    explicit HistoryTableModel(RecordKind kind, QObject* parent = nullptr);

protected:
    bool read(Database& database, qint64 parentId, QList<Row>& rows, QString& error) const override;

private:
    RecordKind m_kind;
};

} // namespace Verbund
