#pragma once

#include "common/result.h"
#include "storage/listrequest.h"

#include <QAbstractTableModel>

namespace Verbund {

class Database;

// What every paged list model offers a page, whatever its rows, and its signals (a class
// template cannot declare them itself).
class PagedTableModelBase : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModelBase)
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual void setDatabase(Database* database) = 0;
    virtual void setFilter(const QString& filter) = 0;
    // The rows matching the filter, also those not fetched yet.
    virtual int totalCount() const = 0;
    // Re-reads from the database, keeping filter and sort order.
    virtual void reload() = 0;
    // The row showing the record, fetching further pages as needed; -1 if filtered out.
    virtual int rowOf(qint64 id) = 0;

signals:
    void loadFailed(const QString& message);
};

// A list of rows fetched from SQL a page at a time as the view scrolls, with sorting and the
// filter run in SQL, so that long lists open at once. Subclasses say how to count and read
// rows (Row has an id) and how a row looks.
template <typename Row> class PagedTableModel : public PagedTableModelBase {
public:
    explicit PagedTableModel(QObject* parent = nullptr)
        : PagedTableModelBase(parent) {
        m_request.limit = PageSize;
    }

    void setDatabase(Database* database) override {
        m_database = database;
        reload();
    }
    void setFilter(const QString& filter) override {
        if (filter == m_request.filter)
            return;
        m_request.filter = filter;
        reload();
    }
    const QString& filter() const { return m_request.filter; }
    int totalCount() const override { return m_total; }

    void reload() override {
        m_notifying = true;
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        if (m_database) {
            auto total = countRows(*m_database, m_request.filter);
            ListRequest first = m_request;
            first.offset = 0;
            auto page = listRows(*m_database, first);
            if (total && page) {
                m_total = *total;
                m_rows = *page;
            } else {
                emit loadFailed(total ? page.error().message() : total.error().message());
            }
        }
        endResetModel();
        m_notifying = false;
    }

    int rowOf(qint64 id) override {
        for (;;) {
            for (int row = 0; row < m_rows.size(); ++row) {
                if (m_rows.at(row).id == id)
                    return row;
            }
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
        }
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override {
        if (column < 0 || column >= columnCount())
            return;
        m_request.sortColumn = column;
        m_request.order = order;
        reload();
    }

    bool canFetchMore(const QModelIndex& parent) const override {
        return !parent.isValid() && !m_notifying && m_rows.size() < m_total;
    }

    void fetchMore(const QModelIndex& parent) override {
        if (!canFetchMore(parent) || !m_database)
            return;
        ListRequest next = m_request;
        next.offset = int(m_rows.size());
        auto page = listRows(*m_database, next);
        if (!page) {
            emit loadFailed(page.error().message());
            m_total = int(m_rows.size());
            return;
        }
        if (page->isEmpty()) { // rows were deleted elsewhere since the count
            m_total = int(m_rows.size());
            return;
        }
        m_notifying = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows += *page;
        endInsertRows();
        m_notifying = false;
    }

protected:
    virtual Result<int> countRows(Database& database, const QString& filter) const = 0;
    virtual Result<QList<Row>> listRows(Database& database, const ListRequest& request) const = 0;

    const Row& rowAt(const QModelIndex& index) const { return m_rows.at(index.row()); }

private:
    static constexpr int PageSize = 200;

    Database* m_database = nullptr;
    ListRequest m_request;
    QList<Row> m_rows;
    int m_total = 0;
    // True while the model tells of a reset or an insertion: whoever reacts fetches on their
    // next turn, not inside the notification.
    bool m_notifying = false;
};

} // namespace Verbund
