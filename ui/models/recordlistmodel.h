#pragma once

#include "storage/recordkind.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Verbund {

class Database;

// A short list of records that belong to one parent (the contacts of an organisation, …):
// read whole from a repository when the parent changes, and again after a committed change
// of the kinds it shows. Subclasses say what to read, how a row looks and which kinds.
class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListModel)
public:
    explicit RecordListModel(QStringList headers, QObject* parent = nullptr);

    void setDatabase(Database* database);
    void setParentId(qint64 parentId);
    qint64 parentId() const { return m_parentId; }
    // Re-reads the rows of the current parent.
    void reload();
    qint64 idAt(int row) const { return m_ids.value(row); }
    int rowOf(qint64 id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

protected:
    // The kinds of record whose changes make the list read again.
    void watch(std::initializer_list<RecordKind> kinds) { m_watched = kinds; }
    struct Row {
        qint64 id = 0;
        QStringList cells;
        bool alert = false; // shown in the colour of a warning (a follow-up overdue)
    };
    // The rows of the parent, or an error message.
    virtual bool read(Database& database, qint64 parentId, QList<Row>& rows,
                      QString& error) const = 0;

private:
    QStringList m_headers;
    Database* m_database = nullptr;
    QList<RecordKind> m_watched;
    QMetaObject::Connection m_changesConnection;
    qint64 m_parentId = 0;
    QList<qint64> m_ids;
    QList<QStringList> m_cells;
    QList<bool> m_alerts;
};

} // namespace Verbund
