#include "networkpage.h"

#include "common/dates.h"
#include "dialogs/recorddialogs.h"
#include "models/itemroles.h"
#include "models/organisationtablemodel.h"
#include "models/recordlistmodel.h"
#include "organisationform.h"
#include "storage/repositories.h"
#include "widgets/confirm.h"
#include "widgets/listpane.h"
#include "widgets/recordlistpanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Verbund {

namespace {

enum Tab { MasterDataTab, ContactsTab, ConsultationsTab };

} // namespace

NetworkPage::NetworkPage(QWidget* parent)
    : Page(parent)
    , m_model(new OrganisationTableModel(this))
    , m_contacts(new ContactTableModel(this))
    , m_consultations(new ConsultationTableModel(this))
    , m_newAction(new QAction(tr("&New organisation"), this))
    , m_deleteAction(new QAction(tr("&Delete organisation…"), this))
    , m_filterAction(new QAction(tr("&Filter"), this))
    , m_saveAction(new QAction(tr("&Save organisation"), this))
    , m_list(new ListPane(m_model, m_newAction, m_filterAction, m_deleteAction,
                          tr("Filter by name, city, kind, advisor … (Ctrl+F)")))
    , m_view(m_list->view())
    , m_detail(new QStackedWidget)
    , m_title(new QLabel)
    , m_tabs(new QTabWidget)
    , m_form(new OrganisationForm)
    , m_contactPanel(new RecordListPanel(m_contacts, tr("&New contact…")))
    , m_consultationPanel(new RecordListPanel(m_consultations, tr("&New consultation…")))
    , m_save(new QPushButton(tr("&Save")))
    , m_revert(new QPushButton(tr("&Discard changes"))) {
    m_list->filter()->setObjectName(QStringLiteral("organisationFilter"));
    m_view->setObjectName(QStringLiteral("organisationTable"));
    m_save->setObjectName(QStringLiteral("saveOrganisation"));
    m_contactPanel->setObjectName(QStringLiteral("contactPanel"));
    m_consultationPanel->setObjectName(QStringLiteral("consultationPanel"));

    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_saveAction->setShortcut(QKeySequence::Save);
    for (QAction* action : {m_newAction, m_filterAction, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    // The detail.
    auto* hint = new QLabel(tr("Choose an organisation on the left, or add a new one with "
                               "Ctrl+N."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    auto* formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(formScroll, 1);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_revert);
    formButtons->addWidget(m_save);
    formLayout->addLayout(formButtons);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the organisation (Ctrl+S)"));
    m_tabs->addTab(formPage, tr("Master data"));
    m_tabs->addTab(m_contactPanel, tr("Contacts"));
    m_tabs->addTab(m_consultationPanel, tr("Consultations"));
    auto* detailPage = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_tabs, 1);
    m_detail->addWidget(hint);
    m_detail->addWidget(detailPage);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({860, 520});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list->filter(), &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (m_currentId > 0)
            selectOrganisation(m_currentId);
        updateCounts();
    });
    connect(m_model, &OrganisationTableModel::loadFailed, this, &NetworkPage::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworkPage::onCurrentRowChanged);
    connect(m_newAction, &QAction::triggered, this, &NetworkPage::newOrganisation);
    connect(m_deleteAction, &QAction::triggered, this, &NetworkPage::deleteOrganisation);
    connect(m_saveAction, &QAction::triggered, this, &NetworkPage::saveOrganisation);
    connect(m_save, &QPushButton::clicked, this, &NetworkPage::saveOrganisation);
    connect(m_revert, &QPushButton::clicked, this, &NetworkPage::revertOrganisation);
    connect(m_form, &OrganisationForm::modifiedChanged, this, &NetworkPage::updateActions);
    connect(m_contactPanel, &RecordListPanel::addRequested, this, &NetworkPage::addContact);
    connect(m_contactPanel, &RecordListPanel::editRequested, this, &NetworkPage::editContact);
    connect(m_contactPanel, &RecordListPanel::removeRequested, this, &NetworkPage::removeContact);
    connect(m_consultationPanel, &RecordListPanel::addRequested, this,
            &NetworkPage::addConsultation);
    connect(m_consultationPanel, &RecordListPanel::editRequested, this,
            &NetworkPage::editConsultation);
    connect(m_consultationPanel, &RecordListPanel::removeRequested, this,
            &NetworkPage::removeConsultation);
    connect(m_contacts, &RecordListModel::loadFailed, this, &NetworkPage::showError);
    connect(m_consultations, &RecordListModel::loadFailed, this, &NetworkPage::showError);

    // Coming to the page puts the keyboard in its list.
    setFocusProxy(m_view);
    setDatabase(nullptr);
}

void NetworkPage::setDatabase(Database* database) {
    m_database = database;
    m_form->setDatabase(database);
    m_model->setDatabase(database);
    m_contacts->setDatabase(database);
    m_consultations->setDatabase(database);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(OrganisationRepository::Name,
                           qMin(m_view->columnWidth(OrganisationRepository::Name), 240));
    showEmpty();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateCounts();
    setEnabled(database != nullptr);
}

void NetworkPage::refreshChoices() {
    m_form->setDatabase(m_database);
    m_model->reload();
    m_consultations->reload();
    if (m_currentId > 0)
        selectOrganisation(m_currentId);
}

QList<QAction*> NetworkPage::editActions() const {
    return {m_newAction, m_saveAction, m_deleteAction, nullptr, m_filterAction};
}

bool NetworkPage::confirmLeave() {
    if (!m_editing || !m_form->isModified())
        return true;
    const QString name = m_form->organisation().name;
    const UnsavedChoice answer =
        askAboutUnsavedChanges(this, tr("The organisation “%1” has unsaved changes. Save them?")
                                         .arg(name.isEmpty() ? tr("(new)") : name));
    if (answer == UnsavedChoice::Save)
        return saveOrganisation();
    if (answer == UnsavedChoice::Discard) {
        m_form->setModified(false);
        return true;
    }
    return false;
}

void NetworkPage::onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous) {
    const qint64 id = current.isValid() ? current.data(IdRole).toLongLong() : 0;
    if (id == m_currentId && m_editing)
        return;
    if (!confirmLeave()) {
        m_list->restoreQuietly(previous);
        return;
    }
    if (id > 0)
        showOrganisation(id);
}

void NetworkPage::showOrganisation(qint64 id) {
    auto organisation = OrganisationRepository(*m_database).get(id);
    if (!organisation) {
        showError(organisation.error().message());
        m_model->reload();
        showEmpty();
        return;
    }
    m_currentId = id;
    m_editing = true;
    m_form->setOrganisation(*organisation);
    m_title->setText(organisation->name);
    m_contacts->setParentId(id);
    m_consultations->setParentId(id);
    m_detail->setCurrentIndex(1);
    updateCounts();
    updateActions();
}

void NetworkPage::showEmpty() {
    m_currentId = 0;
    m_editing = false;
    m_form->setOrganisation({});
    m_contacts->setParentId(0);
    m_consultations->setParentId(0);
    m_detail->setCurrentIndex(0);
    updateActions();
}

void NetworkPage::newOrganisation() {
    if (!m_database || !confirmLeave())
        return;
    m_list->selectQuietly(-1);
    m_currentId = 0;
    m_editing = true;
    m_form->setOrganisation({});
    m_title->setText(tr("New organisation"));
    m_contacts->setParentId(0);
    m_consultations->setParentId(0);
    m_detail->setCurrentIndex(1);
    m_tabs->setCurrentIndex(MasterDataTab);
    updateCounts();
    updateActions();
    m_form->focusName();
}

bool NetworkPage::saveOrganisation() {
    if (!m_database || !m_editing)
        return false;
    QList<FieldError> unreadable;
    Organisation organisation = m_form->organisation(&unreadable);
    m_tabs->setCurrentIndex(MasterDataTab);
    if (!unreadable.isEmpty()) {
        m_form->showErrors(unreadable);
        return false;
    }
    const Status saved = OrganisationRepository(*m_database).save(organisation);
    if (!saved) {
        if (saved.error().code() == ErrorCode::Validation) {
            m_form->showErrors(saved.error().fieldErrors());
        } else if (saved.error().code() == ErrorCode::StaleRevision) {
            if (askToReloadAfterConflict(this, saved.error().message()))
                showOrganisation(organisation.meta.id);
        } else {
            showError(saved.error().fullText());
        }
        return false;
    }
    m_form->setOrganisation(organisation);
    m_currentId = organisation.meta.id;
    m_title->setText(organisation.name);
    m_contacts->setParentId(m_currentId);
    m_consultations->setParentId(m_currentId);
    m_model->reload();
    selectOrganisation(m_currentId);
    updateCounts();
    updateActions();
    emit statusMessage(tr("Saved “%1”.").arg(organisation.name));
    return true;
}

void NetworkPage::revertOrganisation() {
    if (m_currentId > 0)
        showOrganisation(m_currentId);
    else
        showEmpty();
}

void NetworkPage::deleteOrganisation() {
    if (!m_database || m_currentId <= 0)
        return;
    OrganisationRepository repository(*m_database);
    auto organisation = repository.get(m_currentId);
    auto dependents = repository.dependents(m_currentId);
    if (!organisation || !dependents) {
        showError(organisation ? dependents.error().message() : organisation.error().message());
        return;
    }
    QString question;
    auto policy = OrganisationRepository::DependentsPolicy::Refuse;
    if (dependents->any()) {
        question = tr("“%1” has %2 and %3. Delete the organisation together with them? This "
                      "cannot be undone.")
                       .arg(organisation->name, tr("%n contact(s)", nullptr, dependents->contacts),
                            tr("%n consultation(s)", nullptr, dependents->consultations));
        policy = OrganisationRepository::DependentsPolicy::DeleteThem;
    } else {
        question = tr("Delete “%1”? This cannot be undone.").arg(organisation->name);
    }
    if (!confirmDelete(this, tr("Delete organisation"), question,
                       dependents->any() ? tr("Delete all") : QString()))
        return;
    if (Status removed = repository.remove(*organisation, policy); !removed) {
        showError(removed.error().message());
        return;
    }
    const int row = m_view->currentIndex().row();
    m_form->setModified(false);
    showEmpty();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->selectRow(qMin(qMax(row, 0), m_model->rowCount() - 1));
    updateCounts();
    emit statusMessage(tr("Deleted “%1”.").arg(organisation->name));
}

void NetworkPage::selectOrganisation(qint64 id) {
    m_list->selectQuietly(m_model->rowOf(id));
}

void NetworkPage::updateCounts() {
    m_list->count()->setText(tr("%n organisation(s)", nullptr, m_model->totalCount()));
    m_tabs->setTabText(ContactsTab, tr("Contacts (%1)").arg(m_contacts->rowCount()));
    m_tabs->setTabText(ConsultationsTab, tr("Consultations (%1)").arg(m_consultations->rowCount()));
}

void NetworkPage::updateActions() {
    const bool saved = m_editing && m_currentId > 0;
    m_deleteAction->setEnabled(saved);
    m_tabs->setTabEnabled(ContactsTab, saved);
    m_tabs->setTabEnabled(ConsultationsTab, saved);
    m_save->setEnabled(m_editing && (m_form->isModified() || m_currentId == 0));
    m_saveAction->setEnabled(m_editing);
    m_revert->setEnabled(m_editing && m_form->isModified());
}

void NetworkPage::showError(const QString& message) {
    QMessageBox::warning(this, tr("Network"), message);
}

void NetworkPage::addContact() {
    Contact contact;
    contact.organisationId = m_currentId;
    ContactDialog dialog(*m_database, contact, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_contacts->reload();
    m_contactPanel->selectId(dialog.contact().meta.id);
    updateCounts();
}

void NetworkPage::editContact(qint64 id) {
    auto contact = ContactRepository(*m_database).get(id);
    if (!contact) {
        showError(contact.error().message());
        m_contacts->reload();
        return;
    }
    ContactDialog dialog(*m_database, *contact, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_contacts->reload();
    m_contactPanel->selectId(id);
}

void NetworkPage::removeContact(qint64 id) {
    ContactRepository repository(*m_database);
    auto contact = repository.get(id);
    if (!contact) {
        showError(contact.error().message());
        m_contacts->reload();
        return;
    }
    if (!confirmDelete(this, tr("Delete contact"),
                       tr("Delete the contact “%1”?").arg(contact->fullName())))
        return;
    if (Status removed = repository.remove(*contact); !removed)
        showError(removed.error().message());
    m_contacts->reload();
    updateCounts();
}

void NetworkPage::addConsultation() {
    Consultation consultation;
    consultation.organisationId = m_currentId;
    consultation.date = QDate::currentDate();
    if (auto organisation = OrganisationRepository(*m_database).get(m_currentId))
        consultation.advisorId = organisation->advisorId;
    ConsultationDialog dialog(*m_database, consultation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_consultations->reload();
    m_consultationPanel->selectId(dialog.consultation().meta.id);
    m_model->reload();
    selectOrganisation(m_currentId);
    updateCounts();
}

void NetworkPage::editConsultation(qint64 id) {
    auto consultation = ConsultationRepository(*m_database).get(id);
    if (!consultation) {
        showError(consultation.error().message());
        m_consultations->reload();
        return;
    }
    ConsultationDialog dialog(*m_database, *consultation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_consultations->reload();
    m_consultationPanel->selectId(id);
}

void NetworkPage::removeConsultation(qint64 id) {
    ConsultationRepository repository(*m_database);
    auto consultation = repository.get(id);
    if (!consultation) {
        showError(consultation.error().message());
        m_consultations->reload();
        return;
    }
    if (!confirmDelete(this, tr("Delete consultation"),
                       tr("Delete the consultation of %1?").arg(formatDate(consultation->date))))
        return;
    if (Status removed = repository.remove(*consultation); !removed)
        showError(removed.error().message());
    m_consultations->reload();
    m_model->reload();
    selectOrganisation(m_currentId);
    updateCounts();
}

} // namespace Verbund
