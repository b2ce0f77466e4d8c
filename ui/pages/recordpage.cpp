#include "recordpage.h"

#include "models/itemroles.h"
#include "models/pagedtablemodel.h"
#include "storage/database.h"
#include "storage/datachanges.h"
#include "widgets/confirm.h"
#include "widgets/historyview.h"
#include "widgets/listpane.h"
#include "widgets/reportprinting.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Verbund {

RecordPage::RecordPage(PagedTableModelBase* model, const RecordPageTexts& texts, QWidget* parent)
    : Page(parent)
    , m_newAction(new QAction(texts.newRecord, this))
    , m_deleteAction(new QAction(texts.deleteRecord, this))
    , m_filterAction(new QAction(tr("&Filter"), this))
    , m_saveAction(new QAction(texts.saveRecord, this))
    , m_exportListAction(new QAction(tr("E&xport list as CSV…"), this))
    , m_exportAllAction(new QAction(tr("Export &all fields as CSV…"), this))
    , m_list(
          new ListPane(model, m_newAction, m_filterAction, m_deleteAction, texts.filterPlaceholder))
    , m_view(m_list->view())
    , m_detail(new QStackedWidget)
    , m_title(new QLabel)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("&Discard changes")))
    , m_model(model)
    , m_listName(texts.listName)
    , m_errorTitle(texts.errorTitle) {
    m_model->setParent(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_saveAction->setShortcut(QKeySequence::Save);
    for (QAction* action : {m_newAction, m_filterAction, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+S)"));

    auto* hint = new QLabel(texts.hint);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_detail->addWidget(hint);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    connect(m_list, &ListPane::filterChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (m_currentId > 0)
            selectRecord(m_currentId);
        // The detail follows the list: a record the filter hides gives way to the first one
        // shown, unless it has unsaved edits.
        if (!m_view->currentIndex().isValid() && !(m_editing && isEdited())) {
            if (m_model->rowCount() > 0)
                m_view->selectRow(0);
            else
                showEmpty();
        }
        updateCounts();
    });
    connect(m_model, &PagedTableModelBase::loadFailed, this, &RecordPage::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPage::onCurrentRowChanged);
    connect(m_newAction, &QAction::triggered, this, &RecordPage::newRecord);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (m_database && m_currentId > 0)
            deleteRecord();
    });
    connect(m_saveAction, &QAction::triggered, this, [this] { saveRecord(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveRecord(); });
    connect(m_revert, &QPushButton::clicked, this, &RecordPage::revertRecord);
    connect(m_exportListAction, &QAction::triggered, this, [this] {
        const QString path = ReportPrinting::exportList(m_model, m_listName, this);
        if (!path.isEmpty())
            emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_exportAllAction, &QAction::triggered, this, [this] {
        if (!m_database || m_exportKind.isEmpty())
            return;
        const QString path =
            ReportPrinting::exportAllFields(*m_database, m_exportKind, m_listName, this);
        if (!path.isEmpty())
            emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
    });
    // Coming to the page puts the keyboard in its list.
    setFocusProxy(m_view);
}

QHBoxLayout* RecordPage::saveButtons(const QList<QAction*>& actions) {
    auto* buttons = new QHBoxLayout;
    for (QAction* action : actions) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    return buttons;
}

void RecordPage::setUpLayout(QWidget* body, int listShare, int detailShare) {
    auto* detailPage = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(body, 1);
    m_detail->addWidget(detailPage);

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, listShare);
    m_splitter->setStretchFactor(1, detailShare);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    m_listShare = listShare;
    m_detailShare = detailShare;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void RecordPage::resizeEvent(QResizeEvent* event) {
    Page::resizeEvent(event);
    shareWidth();
}

void RecordPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    shareWidth();
}

void RecordPage::shareWidth() {
    // Before the page is shown the splitter knows no width to share.
    if (m_splitterMoved || !m_splitter || !isVisible())
        return;
    const int width = m_splitter->width() - m_splitter->handleWidth();
    m_splitter->setSizes({width * m_listShare / (m_listShare + m_detailShare),
                          width * m_detailShare / (m_listShare + m_detailShare)});
}

void RecordPage::databaseChanged(Database*) {}

void RecordPage::dataChanged(const ChangeSet& changes) {
    bool others = false;
    bool shown = false;
    for (RecordKind kind : std::as_const(m_listKinds)) {
        const QSet<qint64> ids = changes.ids(kind);
        others = others || (!ids.isEmpty() && ids != QSet<qint64>{m_currentId});
        shown = shown || ids.contains(m_currentId) || ids.contains(0);
    }
    // The record shown, changed by another program: read anew unless it is being edited here
    // (saving that is refused as stale and offers to reload).
    if (changes.byOthers() && shown && m_currentId > 0 && !isEdited()) {
        if (auto title = loadRecord(m_currentId))
            m_title->setText(*title);
        else
            showEmpty(); // deleted there
    }
    if (!others)
        return;
    m_model->reload();
    if (m_currentId > 0)
        selectRecord(m_currentId);
    updateCounts();
}

void RecordPage::setDatabase(Database* database) {
    disconnect(m_changesConnection);
    m_database = database;
    if (database) {
        // Queued: a page reacts once the action that wrote has finished.
        m_changesConnection = connect(&database->changes(), &DataChanges::committed, this,
                                      &RecordPage::dataChanged, Qt::QueuedConnection);
    }
    if (m_history)
        m_history->setDatabase(database);
    databaseChanged(database);
    setEditable(mayWrite());
    m_model->setDatabase(database);
    m_list->fitColumns(m_maxColumnWidth);
    showEmpty();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateCounts();
    setEnabled(database != nullptr);
}

bool RecordPage::confirmLeave() {
    if (!m_editing || !isEdited())
        return true;
    const UnsavedChoice answer = askAboutUnsavedChanges(this, unsavedQuestion());
    if (answer == UnsavedChoice::Save)
        return saveRecord();
    if (answer == UnsavedChoice::Discard) {
        discardEdits();
        return true;
    }
    return false;
}

void RecordPage::onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous) {
    const qint64 id = current.isValid() ? current.data(IdRole).toLongLong() : 0;
    if (id == m_currentId && m_editing)
        return;
    if (!confirmLeave()) {
        m_list->restoreQuietly(previous);
        return;
    }
    if (id > 0)
        showRecord(id);
}

void RecordPage::showRecord(qint64 id) {
    auto title = loadRecord(id);
    if (!title) {
        showError(title.error().message());
        m_model->reload();
        showEmpty();
        return;
    }
    m_currentId = id;
    m_editing = true;
    m_title->setText(*title);
    m_detail->setCurrentIndex(1);
    followHistory();
    updateCounts();
    updateActions();
}

void RecordPage::followHistory() {
    if (m_history)
        m_history->setRecord(m_currentId);
}

void RecordPage::showEmpty() {
    m_currentId = 0;
    m_editing = false;
    clearRecord();
    followHistory();
    m_detail->setCurrentIndex(0);
    updateActions();
}

void RecordPage::newRecord() {
    if (!m_database || !confirmLeave())
        return;
    m_list->selectQuietly(-1);
    m_currentId = 0;
    m_editing = true;
    clearRecord();
    followHistory();
    m_title->setText(m_newAction->text().remove(QLatin1Char('&')));
    m_detail->setCurrentIndex(1);
    updateCounts();
    updateActions();
    focusNewRecord();
}

void RecordPage::recordSaved(qint64 id, const QString& title) {
    m_currentId = id;
    m_title->setText(title);
    followHistory();
    m_model->reload();
    selectRecord(id);
    updateCounts();
    updateActions();
    emit statusMessage(tr("Saved “%1”.").arg(title));
}

bool RecordPage::saveFailed(const Error& error, qint64 id) {
    if (error.code() == ErrorCode::Validation) {
        showFieldErrors(error.fieldErrors());
    } else if (error.code() == ErrorCode::StaleRevision) {
        if (askToReloadAfterConflict(this, error.message()))
            showRecord(id);
    } else {
        showError(error.fullText());
    }
    return false;
}

void RecordPage::recordDeleted(const QString& title) {
    const int row = m_view->currentIndex().row();
    discardEdits();
    showEmpty();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(qMax(row, 0), m_model->rowCount() - 1));
    updateCounts();
    emit statusMessage(tr("Deleted “%1”.").arg(title));
}

void RecordPage::openRecord(qint64 id) {
    if (!m_database || (m_editing && m_currentId == id))
        return;
    if (m_editing && isEdited() && !confirmLeave())
        return;
    if (m_model->rowOf(id) < 0 && !m_list->filter()->text().isEmpty()) {
        m_list->filter()->clear();
        m_model->setFilter({});
    }
    selectRecord(id);
    showRecord(id);
}

void RecordPage::selectRecord(qint64 id) {
    m_list->selectQuietly(m_model->rowOf(id));
}

void RecordPage::revertRecord() {
    if (m_currentId > 0)
        showRecord(m_currentId);
    else
        showEmpty();
}

void RecordPage::updateCounts() {
    m_list->count()->setText(countText(m_model->totalCount()));
}

bool RecordPage::mayWrite() const {
    return m_database && roleAllows(m_database->user().role, m_recordTable, Access::Write);
}

bool RecordPage::mayDelete() const {
    return m_database && roleAllows(m_database->user().role, m_recordTable, Access::Delete);
}

void RecordPage::updateActions() {
    const bool writes = mayWrite();
    m_newAction->setEnabled(writes);
    m_deleteAction->setEnabled(m_editing && m_currentId > 0 && mayDelete());
    m_save->setEnabled(writes && m_editing && (isEdited() || m_currentId == 0));
    m_saveAction->setEnabled(writes && m_editing);
    m_revert->setEnabled(m_editing && isEdited());
}

void RecordPage::showError(const QString& message) {
    QMessageBox::warning(this, m_errorTitle, message);
}

} // namespace Verbund
