#include "curriculapage.h"

#include "application/curriculumservice.h"
#include "forms/curriculumeditor.h"
#include "models/curriculumtablemodel.h"
#include "widgets/confirm.h"
#include "widgets/historyview.h"
#include "widgets/listpane.h"
#include "widgets/reportprinting.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Verbund {

CurriculaPage::CurriculaPage(QWidget* parent)
    : RecordPage(new CurriculumTableModel,
                 {tr("&New curriculum"), tr("&Delete curriculum…"), tr("&Save curriculum"),
                  tr("Filter by title, target group, version, status … (Ctrl+F)"),
                  tr("Choose a curriculum on the left, or write a new one with Ctrl+N."),
                  tr("Curricula"), tr("Curricula")},
                 parent)
    , m_printAction(new QAction(tr("&Print preview…"), this))
    , m_exportAction(new QAction(tr("&Export PDF…"), this))
    , m_duplicateAction(new QAction(tr("D&uplicate as new version"), this))
    , m_editor(new CurriculumEditor) {
    m_list->filter()->setObjectName(QStringLiteral("curriculumFilter"));
    m_view->setObjectName(QStringLiteral("curriculumTable"));
    m_save->setObjectName(QStringLiteral("saveCurriculum"));
    m_maxColumnWidth = 140; // title and target group, so that the totals stay in sight

    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_duplicateAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));

    QHBoxLayout* buttons = saveButtons({m_printAction, m_exportAction, m_duplicateAction});
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("curriculumTabs"));
    tabs->addTab(m_editor, tr("Curriculum"));
    m_history = new HistoryView(RecordKind::Curriculum);
    tabs->addTab(m_history, tr("History"));
    bodyLayout->addWidget(tabs, 1);
    bodyLayout->addLayout(buttons);
    setUpLayout(body, 5, 7);

    connect(m_printAction, &QAction::triggered, this, &CurriculaPage::printPreview);
    connect(m_exportAction, &QAction::triggered, this, &CurriculaPage::exportSheet);
    connect(m_duplicateAction, &QAction::triggered, this, &CurriculaPage::duplicateCurriculum);
    connect(m_editor, &CurriculumEditor::modifiedChanged, this, &CurriculaPage::updateActions);

    setListKinds({RecordKind::Curriculum});
    setRecordTable(QStringLiteral("curriculum"));
    setDatabase(nullptr);
}

QList<QAction*> CurriculaPage::editActions() const {
    return {m_newAction,    m_saveAction,      m_deleteAction, nullptr,        m_printAction,
            m_exportAction, m_duplicateAction, nullptr,        m_filterAction, m_exportListAction};
}

bool CurriculaPage::isEdited() const {
    return m_editor->isModified();
}

void CurriculaPage::discardEdits() {
    m_editor->setModified(false);
}

QString CurriculaPage::unsavedQuestion() const {
    const QString title = m_editor->curriculum().title;
    return tr("The curriculum “%1” has unsaved changes. Save them?")
        .arg(title.isEmpty() ? tr("(new)") : title);
}

Result<QString> CurriculaPage::loadRecord(qint64 id) {
    auto curriculum = CurriculumService(*m_database).get(id);
    if (!curriculum)
        return curriculum.error();
    m_editor->setCurriculum(*curriculum);
    return curriculum->title;
}

void CurriculaPage::clearRecord() {
    m_editor->setCurriculum({});
}

void CurriculaPage::focusNewRecord() {
    m_editor->focusTitle();
}

void CurriculaPage::showFieldErrors(const QList<FieldError>& errors) {
    m_editor->showErrors(errors);
}

QString CurriculaPage::countText(int count) const {
    return tr("%Ln curricula", nullptr, count);
}

bool CurriculaPage::saveRecord() {
    if (!m_database || !m_editing)
        return false;
    Curriculum curriculum = m_editor->curriculum();
    if (Status saved = CurriculumService(*m_database).save(curriculum); !saved)
        return saveFailed(saved.error(), curriculum.meta.id);
    m_editor->setCurriculum(curriculum);
    recordSaved(curriculum.meta.id, curriculum.title);
    return true;
}

void CurriculaPage::deleteRecord() {
    CurriculumService curricula(*m_database);
    auto curriculum = curricula.get(m_currentId);
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
    if (Status removed = curricula.remove(*curriculum); !removed) {
        showError(removed.error().message());
        return;
    }
    recordDeleted(curriculum->title);
}

void CurriculaPage::duplicateCurriculum() {
    if (!m_database || m_currentId <= 0 || !confirmLeave())
        return;
    auto copy = CurriculumService(*m_database).duplicateAsNewVersion(m_currentId);
    if (!copy) {
        showError(copy.error().fullText());
        return;
    }
    model()->reload();
    showRecord(copy->meta.id);
    selectRecord(copy->meta.id);
    updateCounts();
    emit statusMessage(
        tr("Created version %1 of “%2” as a draft.").arg(copy->version, copy->title));
}

bool CurriculaPage::saveForSheet() {
    // The sheet shows the stored curriculum: unsaved edits are saved first, when the user wants.
    return m_database && m_editing && confirmLeave() && m_currentId > 0;
}

void CurriculaPage::printPreview() {
    if (saveForSheet())
        ReportPrinting::showPreview(*ReportRegistry::find(QStringLiteral("curriculum-sheet")),
                                    *m_database, ReportRequest::about(m_currentId), this);
}

void CurriculaPage::exportSheet() {
    if (!saveForSheet())
        return;
    const Curriculum curriculum = m_editor->curriculum();
    const QString name = tr("Curriculum %1 (version %2)").arg(curriculum.title, curriculum.version);
    const QString path =
        ReportPrinting::exportPdf(*ReportRegistry::find(QStringLiteral("curriculum-sheet")),
                                  *m_database, ReportRequest::about(m_currentId), name, this);
    if (!path.isEmpty())
        emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
}

void CurriculaPage::setEditable(bool editable) {
    m_editor->setEnabled(editable);
}

void CurriculaPage::updateActions() {
    RecordPage::updateActions();
    const bool saved = m_editing && m_currentId > 0;
    m_duplicateAction->setEnabled(saved && mayWrite());
    m_printAction->setEnabled(m_editing);
    m_exportAction->setEnabled(m_editing);
}

} // namespace Verbund
