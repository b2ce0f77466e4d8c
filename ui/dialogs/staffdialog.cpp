#include "staffdialog.h"

#include "application/networkservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Verbund {

StaffDialog::StaffDialog(Database& database, Staff staff, QWidget* parent)
    : RecordDialog(staff.meta.isNew() ? tr("New staff member") : tr("Edit staff member"), parent)
    , m_database(database)
    , m_staff(std::move(staff))
    , m_firstName(new QLineEdit(m_staff.firstName))
    , m_lastName(new QLineEdit(m_staff.lastName))
    , m_email(new QLineEdit(m_staff.email))
    , m_phone(new QLineEdit(m_staff.phone))
    , m_site(new QComboBox)
    , m_active(new QCheckBox(tr("Works for the office"))) {
    fillChoices(m_site, siteChoices(m_database));
    selectChoice(m_site, m_staff.siteId);
    m_active->setChecked(m_staff.active);
    errors().addRow(form(), tr("&First name:"), m_firstName);
    errors().addRow(form(), tr("&Last name:"), m_lastName, QLatin1String(Field::LastName));
    errors().addRow(form(), tr("&Email:"), m_email, QLatin1String(Field::Email));
    errors().addRow(form(), tr("&Phone:"), m_phone);
    errors().addRow(form(), tr("&Site:"), m_site);
    errors().addRow(form(), tr("Active:"), m_active);
}

Status StaffDialog::save() {
    Staff edited = m_staff;
    edited.firstName = m_firstName->text().trimmed();
    edited.lastName = m_lastName->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    edited.siteId = m_site->currentData().toLongLong();
    edited.active = m_active->isChecked();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_staff = edited;
    return saved;
}

} // namespace Verbund
