#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Verbund {

class ConsultationTableModel;
class ContactTableModel;
class Database;
class OrganisationForm;
class OrganisationTableModel;
class RecordListPanel;

// The company network: organisations in a list filtered as you type, and the selected one
// with its master data, contact people and consultations.
class NetworkPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPage)
public:
    explicit NetworkPage(QWidget* parent = nullptr);

    void setDatabase(Database* database);
    // Re-reads staff and sites after they were edited.
    void refreshChoices();
    // Asks what to do with unsaved changes; false when the user wants to stay.
    bool confirmLeave();

    QAction* newAction() const { return m_newAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* filterAction() const { return m_filterAction; }
    QAction* saveAction() const { return m_saveAction; }

signals:
    void statusMessage(const QString& message);

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
    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_view;
    QStackedWidget* m_detail;
    QLabel* m_title;
    QTabWidget* m_tabs;
    OrganisationForm* m_form;
    RecordListPanel* m_contactPanel;
    RecordListPanel* m_consultationPanel;
    QPushButton* m_save;
    QPushButton* m_revert;
    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_filterAction;
    QAction* m_saveAction;
};

} // namespace Verbund
