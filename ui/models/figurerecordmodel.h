#pragma once

#include "services/networkfigures.h"

#include <QAbstractTableModel>

namespace Verbund {

class Database;

// The records behind one bar of the network's figures (name, day, a word more), read a page at
// a time as the view scrolls, so that a bar of thousands costs no more than one of ten.
class FigureRecordModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureRecordModel)
public:
    static constexpr int PageSize = 200;

    FigureRecordModel(Database& database, Figure figure, const FigureScope& scope, QString key,
                      QObject* parent = nullptr);

    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);

private:
    Database& m_database;
    Figure m_figure;
    FigureScope m_scope;
    QString m_key;
    QList<FigureRecord> m_records;
    bool m_complete = false;
};

} // namespace Verbund
