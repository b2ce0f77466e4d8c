#pragma once

#include "recordpage.h"

namespace Verbund {

class CurriculumEditor;
class CurriculumTableModel;
struct ReportDocument;

// The network's curricula: the list filtered as you type, and the selected curriculum in
// the editor, printed from there as the curriculum sheet.
class CurriculaPage final : public RecordPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurriculaPage)
public:
    explicit CurriculaPage(QWidget* parent = nullptr);

    QList<QAction*> editActions() const override;

    CurriculumEditor* editor() const { return m_editor; }

protected:
    bool isEdited() const override;
    void discardEdits() override;
    QString unsavedQuestion() const override;
    bool saveRecord() override;
    Result<QString> loadRecord(qint64 id) override;
    void clearRecord() override;
    void focusNewRecord() override;
    void deleteRecord() override;
    void showFieldErrors(const QList<FieldError>& errors) override;
    QString countText(int count) const override;
    void updateActions() override;
    void setEditable(bool editable) override;

private:
    void duplicateCurriculum();
    // Asks to save unsaved edits; true when a stored curriculum is shown.
    bool saveForSheet();
    void printPreview();
    void exportSheet();

    QAction* m_printAction;
    QAction* m_exportAction;
    QAction* m_duplicateAction;
    CurriculumEditor* m_editor;
};

} // namespace Verbund
