#include "recordlistpanel.h"

#include "columnfitter.h"
#include "models/recordlistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

RecordListPanel::RecordListPanel(RecordListModel* model, const QString& newLabel, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_add(new QPushButton(newLabel))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_remove(new QPushButton(tr("De&lete")))
    , m_buttons(new QHBoxLayout) {
    m_view->setModel(m_model);
    setUpView(m_view, QAbstractItemView::SingleSelection, this);

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);

    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    auto* edit = new QAction(this);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(edit);

    connect(m_add, &QPushButton::clicked, this, &RecordListPanel::addRequested);
    const auto editCurrent = [this] {
        if (const qint64 id = currentId(); id && m_mayWrite)
            emit editRequested(id);
    };
    const auto removeCurrent = [this] {
        if (const qint64 id = currentId(); id && m_mayRemove)
            emit removeRequested(id);
    };
    connect(m_edit, &QPushButton::clicked, this, editCurrent);
    connect(edit, &QAction::triggered, this, editCurrent);
    connect(m_view, &QTableView::doubleClicked, this, editCurrent);
    connect(m_remove, &QPushButton::clicked, this, removeCurrent);
    connect(remove, &QAction::triggered, this, removeCurrent);
    // Reading again keeps the record the user was on.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_wantedId == 0)
            m_wantedId = currentId();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_wantedId); row >= 0)
            m_view->selectRow(row);
        m_wantedId = 0;
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListPanel::updateButtons);
    updateButtons();
}

void RecordListPanel::setUpView(QTableView* view, QAbstractItemView::SelectionMode selection,
                                QObject* owner) {
    new ColumnFitter(view, MaxColumnWidth, ColumnFitter::Remeasure::OnEveryReset, owner);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
}

qint64 RecordListPanel::currentId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void RecordListPanel::selectId(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
    m_wantedId = row >= 0 ? 0 : id;
    updateButtons();
}

void RecordListPanel::hideAddButton() {
    m_add->hide();
}

void RecordListPanel::setRemoveLabel(const QString& label) {
    m_remove->setText(label);
}

void RecordListPanel::setRights(bool mayWrite, bool mayRemove) {
    m_mayWrite = mayWrite;
    m_mayRemove = mayRemove;
    updateButtons();
}

void RecordListPanel::addRecordButton(QPushButton* button, const std::function<void(qint64)>& act,
                                      const std::function<bool(qint64)>& enabled) {
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the stretch
    connect(button, &QPushButton::clicked, this, [this, act] {
        if (const qint64 id = currentId())
            act(id);
    });
    m_recordButtons.append({button, enabled});
    updateButtons();
}

void RecordListPanel::updateButtons() {
    const qint64 id = currentId();
    m_add->setEnabled(m_mayWrite);
    m_edit->setEnabled(id && m_mayWrite);
    m_remove->setEnabled(id && m_mayRemove);
    for (const auto& [button, enabled] : std::as_const(m_recordButtons))
        button->setEnabled(id && enabled(id));
}

} // namespace Verbund
