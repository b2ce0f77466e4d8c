#pragma once

#include "recordpage.h"

#include <QDate>

class QLabel;
class QTabWidget;

namespace Verbund {

class ConsentTableModel;
class ParticipantEnrollmentTableModel;
class ParticipantForm;
class RecordListPanel;
class FollowUpPanel;

// The people in the network's measures: the list with each one's current measure, filtered
// as you type, and the selected person's data, enrollments, consents and history; their copy
// of their data and its erasure.
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
    void editConsent(qint64 id); // 0: a new one
    void removeConsent(qint64 id);
    void giveData();
    void eraseData();
    // Shows whether the person's data was erased (an invalid day: not), the form then only read.
    void showErased(const QDate& erasedOn);

    ParticipantEnrollmentTableModel* m_enrollments;
    ConsentTableModel* m_consents;
    RecordListPanel* m_consentPanel;
    FollowUpPanel* m_followUpPanel;
    QTabWidget* m_tabs;
    ParticipantForm* m_form;
    QLabel* m_erasedNotice;
    QAction* m_giveDataAction;
    QAction* m_eraseAction;
    bool m_erased = false; // the shown person's data was erased
};

} // namespace Verbund
