#include "officedialog.h"

#include "application/networkservice.h"
#include "models/recordlistmodel.h"
#include "models/sitetablemodel.h"
#include "models/stafftablemodel.h"
#include "sitedialog.h"
#include "staffdialog.h"
#include "widgets/confirm.h"
#include "widgets/readfailures.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Verbund {

OfficeDialog::OfficeDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_staff(new StaffTableModel(this))
    , m_sites(new SiteTableModel(this))
    , m_staffPanel(new RecordListPanel(m_staff, tr("&New staff member…")))
    , m_sitePanel(new RecordListPanel(m_sites, tr("&New site…")))
    , m_networkName(new QLineEdit) {
    setWindowTitle(tr("Office: network, staff and sites"));
    m_networkName->setObjectName(QStringLiteral("networkName"));
    if (auto name = NetworkService(m_database).networkName())
        m_savedNetworkName = *name;
    else
        ReadFailures::instance().report(name.error());
    m_networkName->setText(m_savedNetworkName);
    m_networkName->setToolTip(tr("Printed at the top of every report."));
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("&Network name:"), m_networkName);
    m_staff->setDatabase(&m_database);
    m_sites->setDatabase(&m_database);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_staffPanel, tr("Staff"));
    tabs->addTab(m_sitePanel, tr("Sites"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(sizeWithinScreen(this, QSize(720, 420)));

    connect(m_staffPanel, &RecordListPanel::addRequested, this, [this] { editStaff(0); });
    connect(m_staffPanel, &RecordListPanel::editRequested, this, &OfficeDialog::editStaff);
    connect(m_staffPanel, &RecordListPanel::removeRequested, this, &OfficeDialog::removeStaff);
    connect(m_sitePanel, &RecordListPanel::addRequested, this, [this] { editSite(0); });
    connect(m_sitePanel, &RecordListPanel::editRequested, this, &OfficeDialog::editSite);
    connect(m_sitePanel, &RecordListPanel::removeRequested, this, &OfficeDialog::removeSite);
}

bool OfficeDialog::saveNetworkName() {
    const QString name = m_networkName->text().simplified();
    if (name == m_savedNetworkName)
        return true;
    if (Status saved = NetworkService(m_database).setNetworkName(name); !saved) {
        showError(saved.error().message());
        return false;
    }
    m_savedNetworkName = name;
    return true;
}

void OfficeDialog::done(int result) {
    if (saveNetworkName())
        QDialog::done(result);
}

void OfficeDialog::editStaff(qint64 id) {
    Staff staff;
    if (id > 0) {
        auto found = NetworkService(m_database).staffMember(id);
        if (!found)
            return showError(found.error().message());
        staff = *found;
    }
    StaffDialog dialog(m_database, staff, this);
    if (dialog.exec() == QDialog::Accepted)
        m_staff->reload();
}

void OfficeDialog::removeStaff(qint64 id) {
    NetworkService network(m_database);
    auto staff = network.staffMember(id);
    if (!staff)
        return showError(staff.error().message());
    if (!confirmDelete(this, tr("Delete staff member"),
                       tr("Delete “%1”? Organisations and consultations keep their data but no "
                          "longer name this advisor. To keep the name, mark the person as "
                          "inactive instead.")
                           .arg(staff->fullName())))
        return;
    if (Status removed = network.remove(*staff); !removed)
        showError(removed.error().message());
    m_staff->reload();
}

void OfficeDialog::editSite(qint64 id) {
    Site site;
    if (id > 0) {
        auto found = NetworkService(m_database).site(id);
        if (!found)
            return showError(found.error().message());
        site = *found;
    }
    SiteDialog dialog(m_database, site, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_sites->reload();
        m_staff->reload();
    }
}

void OfficeDialog::removeSite(qint64 id) {
    NetworkService network(m_database);
    auto site = network.site(id);
    if (!site)
        return showError(site.error().message());
    if (!confirmDelete(this, tr("Delete site"),
                       tr("Delete the site “%1”? Staff and organisations of this site keep "
                          "their data without a site.")
                           .arg(site->name)))
        return;
    if (Status removed = network.remove(*site); !removed)
        showError(removed.error().message());
    m_sites->reload();
    m_staff->reload();
}

void OfficeDialog::showError(const QString& message) {
    QMessageBox::warning(this, windowTitle(), message);
}

} // namespace Verbund
