#pragma once

#include "page.h"

class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Verbund {

class CurriculumEditor;
class CurriculumTableModel;
class ListPane;
struct Curriculum;
struct ReportDocument;

// The network's curricula: the list filtered as you type, and the selected curriculum in
// the editor, printed from there as the curriculum sheet.
class CurriculaPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurriculaPage)
public:
    explicit CurriculaPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override;
    QList<QAction*> editActions() const override;

    CurriculumEditor* editor() const { return m_editor; }
    CurriculumTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The curriculum sheet of what the editor shows, saved or not.
    ReportDocument sheet() const;

private:
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void showCurriculum(qint64 id);
    void showEmpty();
    void newCurriculum();
    bool saveCurriculum();
    void revertCurriculum();
    void deleteCurriculum();
    void duplicateCurriculum();
    void printPreview();
    void exportSheet();
    void selectCurriculum(qint64 id);
    void updateCounts();
    void updateActions();
    void showError(const QString& message);

    Database* m_database = nullptr;
    qint64 m_currentId = 0; // the curriculum in the editor; 0 for a new one
    bool m_editing = false; // the editor shows a curriculum (existing or new)

    CurriculumTableModel* m_model;
    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_filterAction;
    QAction* m_saveAction;
    QAction* m_printAction;
    QAction* m_exportAction;
    QAction* m_duplicateAction;
    ListPane* m_list;
    QTableView* m_view;
    QStackedWidget* m_detail;
    QLabel* m_title;
    CurriculumEditor* m_editor;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace Verbund
