#include "historyview.h"

#include "models/historytablemodel.h"

#include <QHeaderView>

namespace Verbund {

HistoryView::HistoryView(RecordKind kind, QWidget* parent)
    : QTableView(parent)
    , m_model(new HistoryTableModel(kind, this)) {
    setObjectName(QStringLiteral("history"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("00.00.0000 00:00")) +
                          2 * character);
    setColumnWidth(1, 12 * character);
    setColumnWidth(2, 30 * character);
}

void HistoryView::setDatabase(Database* database) {
    m_model->setDatabase(database);
}

void HistoryView::setRecord(qint64 id) {
    if (id != m_model->parentId())
        m_model->setParentId(id);
}

} // namespace Verbund
