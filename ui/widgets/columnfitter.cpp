#include "columnfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace Verbund {

namespace {

constexpr int NameRoom = 160; // pixels for a name of usual length

} // namespace

ColumnFitter::ColumnFitter(QTableView* view, int maxWidth, Remeasure remeasure, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_maxWidth(maxWidth)
    , m_remeasure(remeasure) {
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Widths from the first hundred rows (Qt's default reads a thousand): enough to see how
    // long values run, and the same cost for a list of 100,000.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_remeasure == Remeasure::OnEveryReset ||
            (m_measuredEmpty && m_view->model()->rowCount() > 0))
            fit(m_maxWidth);
    });
}

void ColumnFitter::fit(int maxWidth) {
    m_maxWidth = maxWidth;
    m_measuredEmpty = m_view->model()->rowCount() == 0;
    m_view->resizeColumnsToContents();
    m_contentWidths.clear();
    for (int column = 0; column < m_view->model()->columnCount(); ++column)
        m_contentWidths << qMin(m_view->columnWidth(column), maxWidth);
    applyColumnWidths();
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        applyColumnWidths();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::applyColumnWidths() {
    if (m_contentWidths.isEmpty())
        return;
    const int room = m_view->viewport()->width();
    const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
    // What each column needs at least: its header, or its short values. Columns that do not fit
    // even so wait, hidden, until the list is wider. The first column (the name) keeps room
    // for a name of usual length before another column is shown.
    QList<int> least;
    for (int column = 0; column < m_contentWidths.size(); ++column) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        const int header = metrics.horizontalAdvance(title) + 28;
        // Short values (dates, numbers) are never cut.
        const int content = m_contentWidths.at(column);
        const int floor = column == 0 ? NameRoom : 100;
        least << (content <= floor ? content : qMin(content, qMax(header, floor)));
    }
    // What each column wants: its contents. The rows measured are the first of the list: the
    // first column wants room for the longer names further down.
    QList<int> wantedWidths = m_contentWidths;
    wantedWidths[0] = qMax(wantedWidths.at(0), qMin(NameRoom, m_maxWidth));
    int shown = 0;
    int leastSum = 0;
    int wanted = 0;
    while (shown < least.size() && leastSum + least.at(shown) <= room) {
        leastSum += least.at(shown);
        wanted += wantedWidths.at(shown);
        ++shown;
    }
    if (shown == 0) { // not even the first fits: it takes the room there is
        shown = 1;
        leastSum = least.at(0);
        wanted = wantedWidths.at(0);
    }
    QList<int> widths = wantedWidths.mid(0, shown);
    if (wanted <= room) {
        widths[0] += room - wanted;
    } else {
        // Every column gives up the same share of what it has above its least width.
        const int above = wanted - leastSum;
        const int cut = wanted - room;
        for (int column = 0; column < shown; ++column) {
            const int own = widths.at(column) - least.at(column);
            widths[column] -= int((qint64(own) * cut + above - 1) / qMax(above, 1));
        }
    }
    for (int column = 0; column < m_contentWidths.size(); ++column) {
        m_view->setColumnHidden(column, column >= shown);
        if (column < shown)
            m_view->setColumnWidth(column, widths.at(column));
    }
}

} // namespace Verbund
