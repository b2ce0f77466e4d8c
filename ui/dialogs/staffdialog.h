#pragma once

#include "domain/staff.h"
#include "recorddialog.h"

#include <QCheckBox>

class QComboBox;
class QLineEdit;

namespace Verbund {

class Database;

// Adds or edits a person of the office.
class StaffDialog final : public RecordDialog {
    Q_OBJECT
public:
    StaffDialog(Database& database, Staff staff, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_database;
    Staff m_staff;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_site;
    QCheckBox* m_active;
};

} // namespace Verbund
