#pragma once

#include "common/result.h"
#include "storage/listrequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <algorithm>
#include <optional>

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
// filter run in SQL. The whole list: the count is one query, a record's row one query (its
// place in the sort order), a block one query read along the order's index from a block or
// record at hand. A filtered list reads its keys in order in one pass, which gives the count
// and every row's place; its blocks are read by their keys. Only a few blocks are kept, so
// that a list of 100,000 opens, scrolls and finds a record as fast as one of 100. Subclasses
// say how to count, read, place and list the keys of rows (Row has an id) and how a row
// looks.
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
        readRows();
    }
    const QString& filter() const { return m_request.filter; }
    int totalCount() const override { return m_layout.total; }

    void reload() override {
        m_whole.reset(); // the data changed
        readRows();
    }

    int rowOf(qint64 id) override {
        if (!m_database)
            return -1;
        int row = -1;
        if (m_keyed) {
            row = int(m_keys.indexOf(id));
        } else if (id == m_layout.placed.id) {
            row = m_layout.placed.row; // found before, nothing written since
        } else {
            auto position = positionOf(*m_database, m_request, id);
            if (!position) {
                emit loadFailed(position.error().message());
                return -1;
            }
            row = *position < m_layout.total ? *position : -1;
        }
        // The block around the record is read from it, along the order's index; before any
        // block is read, the blocks are laid so that the record sits in the middle of one,
        // which then holds what a view shows around it.
        if (row >= 0) {
            m_layout.placed = {id, row};
            if (m_layout.blocks.isEmpty())
                m_layout.shift = (BlockSize / 2 - row % BlockSize + BlockSize) % BlockSize;
        }
        return row;
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : m_layout.total;
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override {
        if (column < 0 || column >= columnCount())
            return;
        m_request.sortColumn = column;
        m_request.order = order;
        m_whole.reset(); // kept in the order it had
        readRows();
    }

protected:
    virtual Result<int> countRows(Database& database, const QString& filter) const = 0;
    virtual Result<QList<Row>> listRows(Database& database, const ListRequest& request) const = 0;
    virtual Result<int> positionOf(Database& database, const ListRequest& request,
                                   qint64 id) const = 0;
    virtual Result<QList<qint64>> keysOf(Database& database, const ListRequest& request) const = 0;

    // The row, read with its block when it is not at hand; an empty row when it cannot be
    // read (the failure is reported once, after the view has finished asking).
    const Row& rowAt(const QModelIndex& index) const {
        static const Row missing{};
        const int block = (index.row() + m_layout.shift) / BlockSize;
        auto found = m_layout.blocks.constFind(block);
        if (found == m_layout.blocks.constEnd())
            found = fetchBlock(block);
        else if (m_layout.recent.constLast() != block)
            m_layout.recent.move(m_layout.recent.indexOf(block), m_layout.recent.size() - 1);
        const int offset = index.row() - firstRow(block);
        return offset < found->size() ? found->at(offset) : missing;
    }

private:
    // Reads the count, or the filtered keys, again for the request as it is now. The whole
    // list left for a filter is kept, and comes back as it was when the filter is cleared.
    void readRows() {
        beginResetModel();
        const bool keyed = !m_request.filter.simplified().isEmpty();
        if (keyed && !m_keyed && m_database)
            m_whole = std::move(m_layout);
        m_layout = {};
        m_keys.clear();
        // A filtered list keeps its keys in order, read in one pass with the filter; the
        // whole list counts and places along the order's index instead.
        m_keyed = keyed;
        if (m_database) {
            if (m_keyed) {
                auto keys = keysOf(*m_database, m_request);
                if (keys)
                    m_keys = *keys;
                else
                    emit loadFailed(keys.error().message());
                m_layout.total = int(m_keys.size());
            } else if (m_whole) {
                // Back from a filter, nothing written meanwhile: the list as it was.
                m_layout = std::move(*m_whole);
                m_whole.reset();
            } else {
                auto total = countRows(*m_database, m_request.filter);
                if (total)
                    m_layout.total = *total;
                else
                    emit loadFailed(total.error().message());
            }
        }
        endResetModel();
    }

    static constexpr int BlockSize = 100;

    // The first row of a block and the number of its rows.
    int firstRow(int block) const { return std::max(0, block * BlockSize - m_layout.shift); }
    int blockRows(int block) const {
        return std::max(0, std::min(m_layout.total, (block + 1) * BlockSize - m_layout.shift) -
                               firstRow(block));
    }
    static constexpr int KeptBlocks = 20;

    typename QHash<int, QList<Row>>::const_iterator fetchBlock(int block) const {
        if (m_layout.recent.size() >= KeptBlocks)
            m_layout.blocks.remove(m_layout.recent.takeFirst());
        QList<Row> rows;
        if (m_database) {
            auto read = readBlock(block);
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
        m_layout.recent << block;
        return m_layout.blocks.insert(block, rows);
    }

    // A block's rows: by their keys in a filtered list; else along the order's index, next to
    // a block at hand or from the nearest of the placed record, the list's start and its end,
    // skipping the rows between.
    Result<QList<Row>> readBlock(int block) const {
        const int first = firstRow(block);
        const int size = blockRows(block);
        if (size == 0)
            return QList<Row>{};
        ListRequest request = m_request;
        if (m_keyed) {
            request.keys = m_keys.mid(first, size);
            return listRows(*m_database, request);
        }
        request.limit = size;
        using Seek = ListRequest::Seek;
        const auto before = m_layout.blocks.constFind(block - 1);
        const auto after = m_layout.blocks.constFind(block + 1);
        if (before != m_layout.blocks.constEnd() && !before->isEmpty() &&
            before->size() == blockRows(block - 1)) {
            request.seek = Seek{before->constLast().id, false, false};
        } else if (after != m_layout.blocks.constEnd() && !after->isEmpty()) {
            request.seek = Seek{after->constFirst().id, true, false};
        } else if (m_layout.placed.row >= first && m_layout.placed.row < first + size) {
            // The rows before the record, then the record and those after it.
            request.seek = Seek{m_layout.placed.id, true, false};
            request.limit = m_layout.placed.row - first;
            QList<Row> rows;
            if (request.limit > 0) {
                auto earlier = listRows(*m_database, request);
                if (!earlier)
                    return earlier.error();
                rows = *earlier;
            }
            request.seek = Seek{m_layout.placed.id, false, true};
            request.limit = first + size - m_layout.placed.row;
            auto later = listRows(*m_database, request);
            if (!later)
                return later.error();
            return rows + *later;
        } else {
            request.seek = Seek{};
            request.offset = first;
            const auto nearer = [&](const Seek& seek, int skipped) {
                if (skipped < request.offset) {
                    request.seek = seek;
                    request.offset = skipped;
                }
            };
            nearer(Seek{std::nullopt, true, false}, m_layout.total - first - size);
            if (m_layout.placed.row >= first + size)
                nearer(Seek{m_layout.placed.id, true, false}, m_layout.placed.row - first - size);
            else if (m_layout.placed.row >= 0 && m_layout.placed.row < first)
                nearer(Seek{m_layout.placed.id, false, true}, first - m_layout.placed.row);
        }
        return listRows(*m_database, request);
    }

    struct Placed {
        qint64 id = 0;
        int row = -1;
    };

    // How the rows are laid out and what of them is read.
    struct Layout {
        int total = 0;
        // The record last found and its row.
        Placed placed;
        // Block b holds the rows from b × BlockSize − shift on.
        int shift = 0;
        // The blocks read, by number, and their numbers from least to most recently used.
        mutable QHash<int, QList<Row>> blocks;
        mutable QList<int> recent;
    };

    Database* m_database = nullptr;
    ListRequest m_request;
    bool m_keyed = false;
    QList<qint64> m_keys;
    Layout m_layout;
    // The whole list while a filter is shown, kept as long as nothing is written and the order
    // stays: clearing the filter then reads nothing.
    std::optional<Layout> m_whole;
};

} // namespace Verbund
