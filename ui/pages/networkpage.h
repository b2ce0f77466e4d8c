#pragma once

#include "recordpage.h"

class QTabWidget;

namespace Verbund {

class ConsultationTableModel;
class ContactTableModel;
class OrganisationForm;
class RecordListPanel;
class FollowUpPanel;

// The company network: organisations in a list filtered as you type, and the selected one
// with its master data, contact people and consultations.
class NetworkPage final : public RecordPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)
public:
    explicit NetworkPage(QWidget* parent = nullptr);

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
    void dataChanged(const ChangeSet& changes) override;
    void updateCounts() override;
    void updateActions() override;
    void setEditable(bool editable) override;

private:
    void addContact();
    void editContact(qint64 id);
    void removeContact(qint64 id);
    void addConsultation();
    void editConsultation(qint64 id);
    void removeConsultation(qint64 id);

    ContactTableModel* m_contacts;
    ConsultationTableModel* m_consultations;
    QTabWidget* m_tabs;
    OrganisationForm* m_form;
    RecordListPanel* m_contactPanel;
    RecordListPanel* m_consultationPanel;
    FollowUpPanel* m_followUpPanel;
};

} // namespace Verbund
