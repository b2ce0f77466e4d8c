#include "networkpage.h"

#include "application/networkservice.h"
#include "common/dates.h"
#include "dialogs/consultationdialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/erasuredialog.h"
#include "domain/rights.h"
#include "forms/organisationform.h"
#include "models/consultationtablemodel.h"
#include "models/contacttablemodel.h"
#include "models/followuptablemodel.h"
#include "models/itemroles.h"
#include "models/organisationtablemodel.h"
#include "models/recordlistmodel.h"
#include "widgets/confirm.h"
#include "widgets/followuppanel.h"
#include "widgets/historyview.h"
#include "widgets/listpane.h"
#include "widgets/recordlistpanel.h"
#include "widgets/reportprinting.h"

#include <QAction>
#include <QDir>
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

enum Tab { MasterDataTab, ContactsTab, ConsultationsTab, FollowUpsTab, HistoryTab };

} // namespace

NetworkPage::NetworkPage(QWidget* parent)
    : RecordPage(new OrganisationTableModel,
                 {tr("&New organisation"), tr("&Delete organisation…"), tr("&Save organisation"),
                  tr("Filter by name, city, kind, advisor … (Ctrl+F)"),
                  tr("Choose an organisation on the left, or add a new "
                     "one with Ctrl+N."),
                  tr("Network"), tr("Organisations")},
                 parent)
    , m_contacts(new ContactTableModel(this))
    , m_consultations(new ConsultationTableModel(this))
    , m_tabs(new QTabWidget)
    , m_form(new OrganisationForm)
    , m_contactPanel(new RecordListPanel(m_contacts, tr("&New contact…")))
    , m_consultationPanel(new RecordListPanel(m_consultations, tr("&New consultation…")))
    , m_followUpPanel(new FollowUpPanel(FollowUpSubject::Organisation)) {
    m_list->filter()->setObjectName(QStringLiteral("organisationFilter"));
    m_view->setObjectName(QStringLiteral("organisationTable"));
    m_save->setObjectName(QStringLiteral("saveOrganisation"));
    m_contactPanel->setObjectName(QStringLiteral("contactPanel"));
    m_consultationPanel->setObjectName(QStringLiteral("consultationPanel"));

    // The detail.
    auto* formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(formScroll, 1);
    formLayout->addLayout(saveButtons());
    m_tabs->addTab(formPage, tr("Master data"));
    m_tabs->addTab(m_contactPanel, tr("Contacts"));
    m_tabs->addTab(m_consultationPanel, tr("Consultations"));
    m_followUpPanel->setObjectName(QStringLiteral("followUpPanel"));
    m_tabs->addTab(m_followUpPanel, tr("Follow-ups"));
    m_history = new HistoryView(RecordKind::Organisation);
    m_tabs->addTab(m_history, tr("History"));
    setUpLayout(m_tabs, 5, 6);

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
    // A contact's copy of their data, and its erasure (GDPR Art. 15–17).
    auto* giveData = new QPushButton(tr("&Give data…"));
    giveData->setToolTip(tr("Everything stored about the contact, as a PDF to hand over or as "
                            "JSON (Art. 15/20 GDPR)"));
    m_contactPanel->addRecordButton(
        giveData,
        [this](qint64 id) {
            auto contact = NetworkService(*m_database).contact(id);
            const QString name = contact ? contact->fullName() : QString::number(id);
            const QString path = ReportPrinting::exportPerson(*m_database, PersonKind::Contact, id,
                                                              tr("Data of %1").arg(name), this);
            if (!path.isEmpty())
                emit statusMessage(tr("Wrote “%1”.").arg(QDir::toNativeSeparators(path)));
        },
        [this](qint64) { return m_database && seesParticipants(m_database->user().role); });
    auto* erase = new QPushButton(tr("E&rase data…"));
    erase->setObjectName(QStringLiteral("eraseContact"));
    erase->setToolTip(tr("Erase the contact's names, contact data and notes, also from the "
                         "history (Art. 17 GDPR)"));
    m_contactPanel->addRecordButton(
        erase,
        [this](qint64 id) {
            if (ErasureDialog::askAndErase(*m_database, PersonKind::Contact, id, this))
                emit statusMessage(tr("The contact's personal data is erased."));
        },
        [this](qint64) { return m_database && mayErase(m_database->user().role); });
    connect(m_contacts, &RecordListModel::loadFailed, this, &NetworkPage::showError);
    connect(m_consultations, &RecordListModel::loadFailed, this, &NetworkPage::showError);
    connect(m_followUpPanel, &FollowUpPanel::failed, this, &NetworkPage::showError);
    // The tabs count what their lists show, also after another program's change.
    for (RecordListModel* list :
         {static_cast<RecordListModel*>(m_contacts), static_cast<RecordListModel*>(m_consultations),
          static_cast<RecordListModel*>(m_followUpPanel->model())})
        connect(list, &QAbstractItemModel::modelReset, this, &NetworkPage::updateCounts);

    setExportKind(QStringLiteral("organisations"));
    setListKinds({RecordKind::Organisation, RecordKind::Consultation, RecordKind::Staff});
    setRecordTable(QStringLiteral("organisation"));
    setDatabase(nullptr);
}

void NetworkPage::databaseChanged(Database* database) {
    m_form->setDatabase(database);
    m_contacts->setDatabase(database);
    m_consultations->setDatabase(database);
    m_followUpPanel->setDatabase(database);
}

void NetworkPage::dataChanged(const ChangeSet& changes) {
    RecordPage::dataChanged(changes);
    if (changes.touchesAny({RecordKind::Staff, RecordKind::Site}))
        m_form->setDatabase(m_database);
}

void NetworkPage::setEditable(bool editable) {
    m_form->setEnabled(editable);
    m_contactPanel->setRights(editable, mayDelete());
    m_consultationPanel->setRights(editable, mayDelete());
}

QList<QAction*> NetworkPage::editActions() const {
    return {m_newAction,    m_saveAction,       m_deleteAction,   nullptr,
            m_filterAction, m_exportListAction, m_exportAllAction};
}

bool NetworkPage::isEdited() const {
    return m_form->isModified();
}

void NetworkPage::discardEdits() {
    m_form->setModified(false);
}

QString NetworkPage::unsavedQuestion() const {
    const QString name = m_form->organisation().name;
    return tr("The organisation “%1” has unsaved changes. Save them?")
        .arg(name.isEmpty() ? tr("(new)") : name);
}

Result<QString> NetworkPage::loadRecord(qint64 id) {
    auto organisation = NetworkService(*m_database).organisation(id);
    if (!organisation)
        return organisation.error();
    m_form->setOrganisation(*organisation);
    m_contacts->setParentId(id);
    m_consultations->setParentId(id);
    m_followUpPanel->setSubject(id, organisation->name);
    return organisation->name;
}

void NetworkPage::clearRecord() {
    m_form->setOrganisation({});
    m_contacts->setParentId(0);
    m_consultations->setParentId(0);
    m_followUpPanel->setSubject(0, {});
    m_tabs->setCurrentIndex(MasterDataTab);
}

void NetworkPage::focusNewRecord() {
    m_form->focusName();
}

void NetworkPage::showFieldErrors(const QList<FieldError>& errors) {
    m_tabs->setCurrentIndex(MasterDataTab);
    m_form->showErrors(errors);
}

QString NetworkPage::countText(int count) const {
    return tr("%Ln organisation(s)", nullptr, count);
}

bool NetworkPage::saveRecord() {
    if (!m_database || !m_editing)
        return false;
    QList<FieldError> unreadable;
    Organisation organisation = m_form->organisation(&unreadable);
    if (!unreadable.isEmpty()) {
        showFieldErrors(unreadable);
        return false;
    }
    NetworkService network(*m_database);
    // A second organisation of the same name and postcode is most likely the same one.
    const Organisation& before = m_form->original();
    const bool renamed = organisation.meta.isNew() || organisation.name != before.name ||
                         organisation.postcode != before.postcode;
    if (renamed) {
        auto same = network.sameAs(organisation);
        if (!same) {
            showError(same.error().message());
            return false;
        }
        if (!same->isEmpty() &&
            QMessageBox::question(
                this, tr("Save organisation"),
                tr("“%1” with the postcode %2 is already in the network. Save this one as a "
                   "further organisation anyway?")
                    .arg(same->first().name,
                         organisation.postcode.isEmpty() ? tr("(none)") : organisation.postcode),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Save)
            return false;
    }
    if (Status saved = network.save(organisation); !saved)
        return saveFailed(saved.error(), organisation.meta.id);
    m_form->setOrganisation(organisation);
    m_contacts->setParentId(organisation.meta.id);
    m_consultations->setParentId(organisation.meta.id);
    m_followUpPanel->setSubject(organisation.meta.id, organisation.name);
    recordSaved(organisation.meta.id, organisation.name);
    return true;
}

void NetworkPage::deleteRecord() {
    NetworkService network(*m_database);
    auto organisation = network.organisation(m_currentId);
    auto dependents = network.dependents(m_currentId);
    if (!organisation || !dependents) {
        showError(organisation ? dependents.error().message() : organisation.error().message());
        return;
    }
    // Kept by measures: said before anything is asked, so "Delete all" is never offered in vain.
    if (dependents->measures > 0) {
        QMessageBox::information(
            this, tr("Delete organisation"),
            OrganisationRepository::keptByMeasures(*organisation, dependents->measures).message());
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
    if (Status removed = network.remove(*organisation, policy); !removed) {
        showError(removed.error().message());
        return;
    }
    recordDeleted(organisation->name);
}

void NetworkPage::updateCounts() {
    RecordPage::updateCounts();
    m_tabs->setTabText(ContactsTab, tr("Contacts (%1)").arg(m_contacts->rowCount()));
    m_tabs->setTabText(ConsultationsTab, tr("Consultations (%1)").arg(m_consultations->rowCount()));
    m_tabs->setTabText(FollowUpsTab,
                       tr("Follow-ups (%1)").arg(m_followUpPanel->model()->rowCount()));
}

void NetworkPage::updateActions() {
    RecordPage::updateActions();
    const bool saved = m_editing && m_currentId > 0;
    m_tabs->setTabEnabled(ContactsTab, saved);
    m_tabs->setTabEnabled(ConsultationsTab, saved);
    m_tabs->setTabEnabled(FollowUpsTab, saved);
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
    auto contact = NetworkService(*m_database).contact(id);
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
    NetworkService network(*m_database);
    auto contact = network.contact(id);
    if (!contact) {
        showError(contact.error().message());
        m_contacts->reload();
        return;
    }
    if (!confirmDelete(this, tr("Delete contact"),
                       tr("Delete the contact “%1”?").arg(contact->fullName())))
        return;
    if (Status removed = network.remove(*contact); !removed)
        showError(removed.error().message());
    m_contacts->reload();
    updateCounts();
}

void NetworkPage::addConsultation() {
    Consultation consultation;
    consultation.organisationId = m_currentId;
    consultation.date = QDate::currentDate();
    consultation.advisorId = m_form->original().advisorId;
    ConsultationDialog dialog(*m_database, consultation, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_consultations->reload();
    m_consultationPanel->selectId(dialog.consultation().meta.id);
    model()->reload();
    selectRecord(m_currentId);
    updateCounts();
}

void NetworkPage::editConsultation(qint64 id) {
    auto consultation = NetworkService(*m_database).consultation(id);
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
    NetworkService network(*m_database);
    auto consultation = network.consultation(id);
    if (!consultation) {
        showError(consultation.error().message());
        m_consultations->reload();
        return;
    }
    if (!confirmDelete(this, tr("Delete consultation"),
                       tr("Delete the consultation of %1?").arg(formatDate(consultation->date))))
        return;
    if (Status removed = network.remove(*consultation); !removed)
        showError(removed.error().message());
    m_consultations->reload();
    model()->reload();
    selectRecord(m_currentId);
    updateCounts();
}

} // namespace Verbund
