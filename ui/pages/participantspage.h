#pragma once

#include "recordpage.h"

class QTabWidget;

namespace Verbund {

class ParticipantEnrollmentTableModel;
class ParticipantForm;

// The people in the network's measures: the list with each one's current measure, filtered
// as you type, and the selected person's data and enrollments.
class ParticipantsPage final : public RecordPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantsPage)
public:
    explicit ParticipantsPage(QWidget* parent = nullptr);

    QList<QAction*> editActions() const override;

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
    void databaseChanged(Database* database) override;
    void updateCounts() override;
    void updateActions() override;
    void setEditable(bool editable) override;

private:
    ParticipantEnrollmentTableModel* m_enrollments;
    QTabWidget* m_tabs;
    ParticipantForm* m_form;
};

} // namespace Verbund
