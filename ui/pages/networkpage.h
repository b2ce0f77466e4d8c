#pragma once

#include "page.h"

class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Verbund {

class ConsultationTableModel;
class ContactTableModel;
class ListPane;
class OrganisationForm;
class OrganisationTableModel;
class RecordListPanel;

// The company network: organisations in a list filtered as you type, and the selected one
// with its master data, contact people and consultations.
class NetworkPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)
public:
    explicit NetworkPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override;
    QList<QAction*> editActions() const override;
    // Re-reads staff and sites after they were edited.
    void refreshChoices();

private:
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void showOrganisation(qint64 id);
    void showEmpty();
    void newOrganisation();
    bool saveOrganisation();
    void revertOrganisation();
    void deleteOrganisation();
    void selectOrganisation(qint64 id);
    void updateCounts();
    void updateActions();
    void showError(const QString& message);

    void addContact();
    void editContact(qint64 id);
    void removeContact(qint64 id);
    void addConsultation();
    void editConsultation(qint64 id);
    void removeConsultation(qint64 id);

    Database* m_database = nullptr;
    qint64 m_currentId = 0; // the organisation in the form; 0 for a new one
    bool m_editing = false; // the form shows an organisation (existing or new)

    OrganisationTableModel* m_model;
    ContactTableModel* m_contacts;
    ConsultationTableModel* m_consultations;
    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_filterAction;
    QAction* m_saveAction;
    ListPane* m_list;
    QTableView* m_view;
    QStackedWidget* m_detail;
    QLabel* m_title;
    QTabWidget* m_tabs;
    OrganisationForm* m_form;
    RecordListPanel* m_contactPanel;
    RecordListPanel* m_consultationPanel;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace Verbund
