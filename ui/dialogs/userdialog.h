#pragma once

#include "domain/user.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Verbund {

class Database;

// Adds a user or edits one: login (given once), name, role, the site whose participants an
// advisor sees, active; on a server the login's password.
class UserDialog final : public RecordDialog {
    Q_OBJECT
public:
    UserDialog(Database& database, User user, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_database;
    User m_user;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_site;
    QCheckBox* m_active;
    QLineEdit* m_password; // on a server only
};

} // namespace Verbund
