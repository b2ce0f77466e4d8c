#pragma once

#include "application/participantservice.h"
#include "pagedtablemodel.h"

namespace Verbund {

// The participant list with each person's current measure.
class ParticipantTableModel final : public PagedTableModel<ParticipantRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantTableModel)
public:
    using PagedTableModel::PagedTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<int> countRows(Database& database, const QString& filter) const override;
    Result<QList<ParticipantRow>> listRows(Database& database,
                                           const ListRequest& request) const override;
    Result<int> positionOf(Database& database, const ListRequest& request,
                           qint64 id) const override;
    Result<QList<qint64>> keysOf(Database& database, const ListRequest& request) const override;
};

} // namespace Verbund
