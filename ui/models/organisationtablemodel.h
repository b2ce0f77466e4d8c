#pragma once

#include "storage/repositories.h"

#include <QAbstractTableModel>

namespace Verbund {

class Database;

// The organisation list: pages fetched from SQL as the view scrolls, with sorting and the
// filter run in SQL, so that 10,000 organisations open at once.
class OrganisationTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationTableModel)
public:
    explicit OrganisationTableModel(QObject* parent = nullptr);

    void setDatabase(Database* database);
    void setFilter(const QString& filter);
    const QString& filter() const { return m_request.filter; }
    // The rows matching the filter, also those not fetched yet.
    int totalCount() const { return m_total; }
    // Re-reads from the database, keeping filter and sort order.
    void reload();
    // The row showing the organisation, fetching further pages as needed; -1 if filtered out.
    int rowOf(qint64 organisationId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    static constexpr int PageSize = 200;

    Database* m_database = nullptr;
    ListRequest m_request;
    QList<OrganisationRow> m_rows;
    int m_total = 0;
    // True while the model tells of a reset or an insertion: whoever reacts fetches on their
    // next turn, not inside the notification.
    bool m_notifying = false;
};

} // namespace Verbund
