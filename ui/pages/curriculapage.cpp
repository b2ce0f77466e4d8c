#include "curriculapage.h"

#include "curriculumeditor.h"
#include "models/curriculumtablemodel.h"
#include "models/itemroles.h"
#include "reports/curriculumsheet.h"
#include "storage/curriculumrepository.h"
#include "storage/settings.h"
#include "widgets/confirm.h"
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

CurriculaPage::CurriculaPage(QWidget* parent)
    : Page(parent)
    , m_model(new CurriculumTableModel(this))
    , m_newAction(new QAction(tr("&New curriculum"), this))
    , m_deleteAction(new QAction(tr("&Delete curriculum…"), this))
    , m_filterAction(new QAction(tr("&Filter"), this))
    , m_saveAction(new QAction(tr("&Save curriculum"), this))
    , m_printAction(new QAction(tr("&Print preview…"), this))
    , m_exportAction(new QAction(tr("&Export PDF…"), this))
    , m_duplicateAction(new QAction(tr("D&uplicate as new version"), this))
    , m_list(new ListPane(m_model, m_newAction, m_filterAction, m_deleteAction,
                          tr("Filter by title, target group, version, status … (Ctrl+F)")))
    , m_view(m_list->view())
    , m_detail(new QStackedWidget)
    , m_title(new QLabel)
    , m_editor(new CurriculumEditor)
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("Discard c&hanges"))) {
    m_list->filter()->setObjectName(QStringLiteral("curriculumFilter"));
    m_view->setObjectName(QStringLiteral("curriculumTable"));
    m_save->setObjectName(QStringLiteral("saveCurriculum"));

    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_duplicateAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    for (QAction* action : {m_newAction, m_filterAction, m_saveAction, m_printAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    // The detail.
    auto* hint = new QLabel(tr("Choose a curriculum on the left, or write a new one with "
                               "Ctrl+N."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_printAction, m_exportAction, m_duplicateAction}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the curriculum (Ctrl+S)"));
    auto* detailPage = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_editor, 1);
    detailLayout->addLayout(buttons);
    m_detail->addWidget(hint);
    m_detail->addWidget(detailPage);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 7);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({640, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->filter(), &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (m_currentId > 0)
            selectCurriculum(m_currentId);
        updateCounts();
    });
    connect(m_model, &CurriculumTableModel::loadFailed, this, &CurriculaPage::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CurriculaPage::onCurrentRowChanged);
    connect(m_newAction, &QAction::triggered, this, &CurriculaPage::newCurriculum);
    connect(m_deleteAction, &QAction::triggered, this, &CurriculaPage::deleteCurriculum);
    connect(m_saveAction, &QAction::triggered, this, &CurriculaPage::saveCurriculum);
    connect(m_save, &QPushButton::clicked, this, &CurriculaPage::saveCurriculum);
    connect(m_revert, &QPushButton::clicked, this, &CurriculaPage::revertCurriculum);
    connect(m_printAction, &QAction::triggered, this, &CurriculaPage::printPreview);
    connect(m_exportAction, &QAction::triggered, this, &CurriculaPage::exportSheet);
    connect(m_duplicateAction, &QAction::triggered, this, &CurriculaPage::duplicateCurriculum);
    connect(m_editor, &CurriculumEditor::modifiedChanged, this, &CurriculaPage::updateActions);

    // Coming to the page puts the keyboard in its list.
    setFocusProxy(m_view);
    setDatabase(nullptr);
}

void CurriculaPage::setDatabase(Database* database) {
    m_database = database;
    m_model->setDatabase(database);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(CurriculumRepository::Title,
                           qMin(m_view->columnWidth(CurriculumRepository::Title), 210));
    m_view->setColumnWidth(CurriculumRepository::TargetGroup,
                           qMin(m_view->columnWidth(CurriculumRepository::TargetGroup), 130));
    showEmpty();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateCounts();
    setEnabled(database != nullptr);
}

QList<QAction*> CurriculaPage::editActions() const {
    return {m_newAction,    m_saveAction,      m_deleteAction, nullptr,       m_printAction,
            m_exportAction, m_duplicateAction, nullptr,        m_filterAction};
}

bool CurriculaPage::confirmLeave() {
    if (!m_editing || !m_editor->isModified())
        return true;
    const QString title = m_editor->curriculum().title;
    const UnsavedChoice answer =
        askAboutUnsavedChanges(this, tr("The curriculum “%1” has unsaved changes. Save them?")
                                         .arg(title.isEmpty() ? tr("(new)") : title));
    if (answer == UnsavedChoice::Save)
        return saveCurriculum();
    if (answer == UnsavedChoice::Discard) {
        m_editor->setModified(false);
        return true;
    }
    return false;
}

void CurriculaPage::onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous) {
    const qint64 id = current.isValid() ? current.data(IdRole).toLongLong() : 0;
    if (id == m_currentId && m_editing)
        return;
    if (!confirmLeave()) {
        m_list->restoreQuietly(previous);
        return;
    }
    if (id > 0)
        showCurriculum(id);
}

void CurriculaPage::showCurriculum(qint64 id) {
    auto curriculum = CurriculumRepository(*m_database).get(id);
    if (!curriculum) {
        showError(curriculum.error().message());
        m_model->reload();
        showEmpty();
        return;
    }
    m_currentId = id;
    m_editing = true;
    m_editor->setCurriculum(*curriculum);
    m_title->setText(curriculum->title);
    m_detail->setCurrentIndex(1);
    updateActions();
}

void CurriculaPage::showEmpty() {
    m_currentId = 0;
    m_editing = false;
    m_editor->setCurriculum({});
    m_detail->setCurrentIndex(0);
    updateActions();
}

void CurriculaPage::newCurriculum() {
    if (!m_database || !confirmLeave())
        return;
    m_list->selectQuietly(-1);
    m_currentId = 0;
    m_editing = true;
    m_editor->setCurriculum({});
    m_title->setText(tr("New curriculum"));
    m_detail->setCurrentIndex(1);
    updateActions();
    m_editor->focusTitle();
}

bool CurriculaPage::saveCurriculum() {
    if (!m_database || !m_editing)
        return false;
    Curriculum curriculum = m_editor->curriculum();
    const Status saved = CurriculumRepository(*m_database).save(curriculum);
    if (!saved) {
        if (saved.error().code() == ErrorCode::Validation) {
            m_editor->showErrors(saved.error().fieldErrors());
        } else if (saved.error().code() == ErrorCode::StaleRevision) {
            if (askToReloadAfterConflict(this, saved.error().message()))
                showCurriculum(curriculum.meta.id);
        } else {
            showError(saved.error().fullText());
        }
        return false;
    }
    m_editor->setCurriculum(curriculum);
    m_currentId = curriculum.meta.id;
    m_title->setText(curriculum.title);
    m_model->reload();
    selectCurriculum(m_currentId);
    updateCounts();
    updateActions();
    emit statusMessage(tr("Saved “%1”.").arg(curriculum.title));
    return true;
}

void CurriculaPage::revertCurriculum() {
    if (m_currentId > 0)
        showCurriculum(m_currentId);
    else
        showEmpty();
}

void CurriculaPage::deleteCurriculum() {
    if (!m_database || m_currentId <= 0)
        return;
    CurriculumRepository repository(*m_database);
    auto curriculum = repository.get(m_currentId);
    if (!curriculum) {
        showError(curriculum.error().message());
        return;
    }
    if (!confirmDelete(this, tr("Delete curriculum"),
                       tr("Delete the curriculum “%1” (version %2) with its %n topic(s)? This "
                          "cannot be undone.",
                          nullptr, int(curriculum->topics.size()))
                           .arg(curriculum->title, curriculum->version)))
        return;
    if (Status removed = repository.remove(*curriculum); !removed) {
        showError(removed.error().message());
        return;
    }
    const int row = m_view->currentIndex().row();
    m_editor->setModified(false);
    showEmpty();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(qMax(row, 0), m_model->rowCount() - 1));
    updateCounts();
    emit statusMessage(tr("Deleted “%1”.").arg(curriculum->title));
}

void CurriculaPage::duplicateCurriculum() {
    if (!m_database || m_currentId <= 0 || !confirmLeave())
        return;
    auto copy = CurriculumRepository(*m_database).duplicateAsNewVersion(m_currentId);
    if (!copy) {
        showError(copy.error().fullText());
        return;
    }
    m_model->reload();
    showCurriculum(copy->meta.id);
    selectCurriculum(copy->meta.id);
    updateCounts();
    emit statusMessage(
        tr("Created version %1 of “%2” as a draft.").arg(copy->version, copy->title));
}

ReportDocument CurriculaPage::sheet() const {
    QString networkName;
    if (m_database) {
        auto name = NetworkSettings(*m_database).networkName();
        networkName = name ? *name : QString();
    }
    return CurriculumSheet::build(m_editor->curriculum(), networkName);
}

void CurriculaPage::printPreview() {
    if (!m_editing)
        return;
    ReportPrinting::showPreview(sheet(), this);
}

void CurriculaPage::exportSheet() {
    if (!m_editing)
        return;
    const Curriculum curriculum = m_editor->curriculum();
    const QString name = tr("Curriculum %1 (version %2)").arg(curriculum.title, curriculum.version);
    const QString path = ReportPrinting::exportPdf(sheet(), name, this);
    if (!path.isEmpty())
        emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
}

void CurriculaPage::selectCurriculum(qint64 id) {
    m_list->selectQuietly(m_model->rowOf(id));
}

void CurriculaPage::updateCounts() {
    m_list->count()->setText(tr("%n curricula", nullptr, m_model->totalCount()));
}

void CurriculaPage::updateActions() {
    const bool saved = m_editing && m_currentId > 0;
    m_deleteAction->setEnabled(saved);
    m_duplicateAction->setEnabled(saved);
    m_printAction->setEnabled(m_editing);
    m_exportAction->setEnabled(m_editing);
    m_save->setEnabled(m_editing && (m_editor->isModified() || m_currentId == 0));
    m_saveAction->setEnabled(m_editing);
    m_revert->setEnabled(m_editing && m_editor->isModified());
}

void CurriculaPage::showError(const QString& message) {
    QMessageBox::warning(this, tr("Curricula"), message);
}

} // namespace Verbund
