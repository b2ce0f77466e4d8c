#pragma once

#include "application/searchservice.h"

#include <QAbstractListModel>

namespace Verbund {

// The records the search everywhere found, grouped by kind: a heading per kind ("Contacts"),
// which cannot be chosen, then its records, "Name – detail". The text to complete (EditRole)
// is the search's own, so that going through the list leaves the search field as typed.
class SearchResultModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)
public:
    explicit SearchResultModel(QObject* parent = nullptr);

    void setResults(const QString& text, const SearchService::Found& found);
    // The first record's row; -1 when none was found.
    int firstRecordRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The heading of a kind of record found ("Participants"), with "more" when there are more.
    static QString heading(RecordKind kind, bool more);

private:
    struct Row {
        bool heading = false;
        SearchHit hit;
        QString text;
    };
    QList<Row> m_rows;
    QString m_text;
};

} // namespace Verbund
