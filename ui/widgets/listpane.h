#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;

namespace Verbund {

class ColumnFitter;

// The list side of a page: a filter line searched as you type (once typing pauses), a button
// for a new record, the sortable list, and the number of records under it.
class ListPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPane)
public:
    // filterAction focuses the filter; deleteAction works on the list when it has focus.
    ListPane(QAbstractItemModel* model, QAction* newAction, QAction* filterAction,
             QAction* deleteAction, const QString& placeholder, QWidget* parent = nullptr);

    QLineEdit* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QLabel* count() const { return m_count; }

    // Selects the row (none for -1) without the view telling of a new current row.
    void selectQuietly(int row);
    // Puts the selection back on previous, quietly, after the user chose to stay.
    void restoreQuietly(const QModelIndex& previous);
    // See ColumnFitter::fit.
    void fitColumns(int maxWidth);

signals:
    // The filter's text, once typing pauses, at once when it is cleared or the user goes into
    // the list: keystrokes typed quickly ask one query, not one each.
    void filterChanged(const QString& text);

protected:
    // In the filter: Down, Enter or Return go into the list, Esc clears the filter.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_count;
    ColumnFitter* m_fitter = nullptr;
    QTimer* m_pause;
};

} // namespace Verbund
