#pragma once

#include "storage/databaselocation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Verbund {

// Datei → Mit Server verbinden… and Datei → Netzwerk auf Server übertragen…: where a network
// on a PostgreSQL server is (host, port, database, user) and, when the standard places
// (~/.pgpass, PGPASSWORD, a service file) hold none, the password for this connection only;
// it is never remembered. "Verbindung prüfen" tries it without changing anything.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)
public:
    enum class Purpose {
        Open,     // work with the network on the server
        Transfer, // copy the open network into an empty server database
    };

    // `start` fills the fields (a server's location; a file's gives the defaults); a message
    // says why the dialog is asked again (a wrong password, an unknown database).
    ConnectDialog(Purpose purpose, const DatabaseLocation& start, const QString& message,
                  QWidget* parent);
    // The server's database as entered, with the password when one was typed.
    DatabaseLocation location() const;
    // Shows why the last attempt failed, with the fields kept for another one.
    void showFailure(const QString& message);

private:
    void testConnection();
    void updateButtons();
    void showResult(const QString& message, bool good);

    Purpose m_purpose;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_result;
    QPushButton* m_test;
    QDialogButtonBox* m_buttons;
    QStringList m_options;
};

} // namespace Verbund
