#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace Verbund {

// Keeps a table's columns within the width the table has, so that a list never scrolls
// sideways: wider than their contents, the first column takes the rest; narrower, the columns
// share the room (text elided, none narrower than its header or its short values); columns
// on the right that do not fit even so are hidden until the table is wider.
class ColumnFitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)
public:
    // When the contents are measured again after the model was reset: short lists that change
    // with their parent on every reset; long lists once, when they first have rows.
    enum class Remeasure { OnceFilled, OnEveryReset };

    // The view has its model already; no column is measured wider than maxWidth.
    ColumnFitter(QTableView* view, int maxWidth, Remeasure remeasure, QObject* parent);

    // Measures the columns' contents (none wider than maxWidth) and fits them.
    void fit(int maxWidth);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyColumnWidths();

    QTableView* m_view;
    QList<int> m_contentWidths;
    int m_maxWidth;
    Remeasure m_remeasure;
    bool m_measuredEmpty = false;
};

} // namespace Verbund
