#pragma once

#include "common/result.h"
#include "storage/listrequest.h"

#include <QAbstractTableModel>
#include <QHash>

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
    // The rows matching the filter.
    virtual int totalCount() const = 0;
    // Re-reads from the database, keeping filter and sort order.
    virtual void reload() = 0;
    // The row showing the record (one query); -1 if filtered out.
    virtual int rowOf(qint64 id) = 0;

signals:
    void loadFailed(const QString& message);
};

// A list whose rows are read from SQL in blocks around what a view shows, with sorting and the
// filter run in SQL: the count is one query, a block one query whatever its place, a record's
// row one query (its place in the sort order), and only a few blocks are kept, so that a
// list of 100,000 opens, scrolls and finds a record as fast as one of 100. Subclasses say how
// to count, read and place rows (Row has an id) and how a row looks.
template <typename Row> class PagedTableModel : public PagedTableModelBase {
public:
    using PagedTableModelBase::PagedTableModelBase;

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
        beginResetModel();
        m_blocks.clear();
        m_recent.clear();
        m_total = 0;
        if (m_database) {
            auto total = countRows(*m_database, m_request.filter);
            if (total)
                m_total = *total;
            else
                emit loadFailed(total.error().message());
        }
        endResetModel();
    }

    int rowOf(qint64 id) override {
        if (!m_database)
            return -1;
        auto row = positionOf(*m_database, m_request, id);
        if (!row) {
            emit loadFailed(row.error().message());
            return -1;
        }
        return *row < m_total ? *row : -1;
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_total;
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override {
        if (column < 0 || column >= columnCount())
            return;
        m_request.sortColumn = column;
        m_request.order = order;
        reload();
    }

protected:
    virtual Result<int> countRows(Database& database, const QString& filter) const = 0;
    virtual Result<QList<Row>> listRows(Database& database, const ListRequest& request) const = 0;
    virtual Result<int> positionOf(Database& database, const ListRequest& request,
                                   qint64 id) const = 0;

    // The row, read with its block when it is not at hand; an empty row when it cannot be
    // read (the failure is reported once, after the view has finished asking).
    const Row& rowAt(const QModelIndex& index) const {
        static const Row missing{};
        const int block = index.row() / BlockSize;
        auto found = m_blocks.constFind(block);
        if (found == m_blocks.constEnd())
            found = fetchBlock(block);
        else if (m_recent.constLast() != block)
            m_recent.move(m_recent.indexOf(block), m_recent.size() - 1);
        const int offset = index.row() % BlockSize;
        return offset < found->size() ? found->at(offset) : missing;
    }

private:
    static constexpr int BlockSize = 100;
    static constexpr int KeptBlocks = 20;

    typename QHash<int, QList<Row>>::const_iterator fetchBlock(int block) const {
        if (m_recent.size() >= KeptBlocks)
            m_blocks.remove(m_recent.takeFirst());
        ListRequest request = m_request;
        request.offset = block * BlockSize;
        request.limit = BlockSize;
        QList<Row> rows;
        if (m_database) {
            auto read = listRows(*m_database, request);
            if (read) {
                rows = *read;
            } else {
                // Kept empty until the next reload, so that painting does not ask again.
                auto* self = const_cast<PagedTableModel*>(this);
                QMetaObject::invokeMethod(
                    self,
                    [self, message = read.error().message()] { emit self->loadFailed(message); },
                    Qt::QueuedConnection);
            }
        }
        m_recent << block;
        return m_blocks.insert(block, rows);
    }

    Database* m_database = nullptr;
    ListRequest m_request;
    int m_total = 0;
    // The blocks read, by number, and their numbers from least to most recently used.
    mutable QHash<int, QList<Row>> m_blocks;
    mutable QList<int> m_recent;
};

} // namespace Verbund
