#pragma once

#include "domain/curriculum.h"

#include <QAbstractTableModel>

namespace Verbund {

// The topics of the curriculum being edited: titles, contents (one item per line) and UE
// edited in place, rows reordered by drag and drop or moveRows. Works on a copy; the page
// saves it.
class TopicTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTableModel)
public:
    // The topics' numbers are the vertical header's.
    enum Column { Title, Contents, Ue, ColumnCount };

    explicit TopicTableModel(QObject* parent = nullptr);

    void setTopics(const QList<Topic>& topics);
    const QList<Topic>& topics() const { return m_curriculum.topics; }
    int totalUe() const { return m_curriculum.totalUe(); }

    // Inserts an empty topic before row (at the end when row is out of range); returns its row.
    int insertTopic(int row);
    void removeTopic(int row);
    // Moves the topic at from so that it ends up at row to.
    bool moveTopic(int from, int to);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // The user changed, added, removed or moved a topic.
    void edited();

private:
    // Only its topics are used; the curriculum's own operations keep the rules in one place.
    Curriculum m_curriculum;
};

} // namespace Verbund
