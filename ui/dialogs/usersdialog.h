#pragma once

#include <QDialog>

namespace Verbund {

class Database;
class RecordListPanel;
class UserTableModel;

// Office → Users and rights: who signs in, in which role, for an administrator to keep.
class UsersDialog final : public QDialog {
    Q_OBJECT
public:
    UsersDialog(Database& database, QWidget* parent = nullptr);

private:
    void edit(qint64 id);
    void disable(qint64 id);

    Database& m_database;
    UserTableModel* m_users;
    RecordListPanel* m_panel;
};

} // namespace Verbund
