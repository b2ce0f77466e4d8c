#pragma once

#include "services/attendance.h"

#include <QAbstractTableModel>

namespace Verbund {

class Database;

// The attendance grid of a measure: a row per participant, a column per session, then their
// UE attended and the share of their planned UE; a last row with the UE attended per
// session. A cell the session does not concern (after an exit, a credited topic) is empty
// and cannot be edited. Edits are written at once.
class AttendanceGridModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceGridModel)
public:
    explicit AttendanceGridModel(QObject* parent = nullptr);

    void setDatabase(Database* database);
    void setMeasure(qint64 measureId);
    void reload();
    const AttendanceOverview& overview() const { return m_overview; }
    int sessionCount() const { return int(m_overview.sessions.size()); }
    bool isSessionColumn(int column) const { return column >= 0 && column < sessionCount(); }
    // Marks everybody the session concerns and who has no mark yet as present.
    Status fillSession(int column);

    // Text typed into a cell: Space or "+" present, "e" excused, "x" or "-" absent, a number
    // the UE of a partial attendance, nothing to forget the mark.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void failed(const QString& message);

private:
    bool isParticipantRow(int row) const { return row >= 0 && row < m_overview.rows.size(); }
    void totalsChanged(int row, int column);

    Database* m_database = nullptr;
    qint64 m_measureId = 0;
    AttendanceOverview m_overview;
};

} // namespace Verbund
