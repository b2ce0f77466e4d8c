#include "listpane.h"

#include "columnfitter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Verbund {

ListPane::ListPane(QAbstractItemModel* model, QAction* newAction, QAction* filterAction,
                   QAction* deleteAction, const QString& placeholder, QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_count(new QLabel)
    , m_pause(new QTimer(this)) {
    m_filter->setPlaceholderText(placeholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view->setModel(model);
    // The page sets the width its columns may have when it fits them.
    m_fitter = new ColumnFitter(m_view, QWIDGETSIZE_MAX, ColumnFitter::Remeasure::OnceFilled, this);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->addAction(deleteAction);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);

    auto* newButton = new QToolButton;
    newButton->setDefaultAction(newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(newButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // Long enough for the next keystroke of someone typing, short enough not to be noticed.
    m_pause->setSingleShot(true);
    m_pause->setInterval(180);
    connect(m_pause, &QTimer::timeout, this, [this] { emit filterChanged(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_pause->stop();
            emit filterChanged(text);
        } else {
            m_pause->start();
        }
    });
    connect(filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

bool ListPane::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_pause->isActive()) {
            m_pause->stop();
            emit filterChanged(m_filter->text());
        }
        if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
            m_view->selectRow(0);
        m_view->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ListPane::fitColumns(int maxWidth) {
    m_fitter->fit(maxWidth);
}

void ListPane::selectQuietly(int row) {
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row < 0) {
        m_view->clearSelection();
        m_view->setCurrentIndex({});
        return;
    }
    // Right after the model was reset, the view still has the old list's scroll range: laid
    // out first, it can scroll to a row far down a long list.
    m_view->doItemsLayout();
    m_view->selectRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0));
}

void ListPane::restoreQuietly(const QModelIndex& previous) {
    const QSignalBlocker blocker(m_view->selectionModel());
    if (previous.isValid())
        m_view->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    else
        m_view->clearSelection();
}

} // namespace Verbund
