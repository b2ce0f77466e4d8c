#pragma once

#include "storage/recordkind.h"

#include <QTableView>

namespace Verbund {

class Database;
class HistoryTableModel;

// The "History" tab of a record: who changed what of it and when, newest first, read again
// after every committed change.
class HistoryView final : public QTableView {
    Q_OBJECT
public:
    explicit HistoryView(RecordKind kind, QWidget* parent = nullptr);

    void setDatabase(Database* database);
    // The record shown; 0 for none (a new record).
    void setRecord(qint64 id);
    HistoryTableModel* historyModel() const { return m_model; }

private:
    HistoryTableModel* m_model;
};

} // namespace Verbund
