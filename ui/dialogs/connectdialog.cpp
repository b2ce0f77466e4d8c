#include "connectdialog.h"

#include "common/systemuser.h"
#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Verbund {

ConnectDialog::ConnectDialog(Purpose purpose, const DatabaseLocation& start, const QString& message,
                             QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_host(new QLineEdit(start.isServer() ? start.host() : QStringLiteral("localhost")))
    , m_port(new QSpinBox)
    , m_database(new QLineEdit(start.isServer() && purpose == Purpose::Open ? start.databaseName()
                                                                            : QString()))
    , m_user(new QLineEdit(start.isServer() ? start.user() : systemUserName()))
    , m_password(new QLineEdit(start.password()))
    , m_result(new QLabel)
    , m_test(new QPushButton(tr("&Test connection")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_options(start.isServer() ? start.options() : QStringList()) {
    const bool open = purpose == Purpose::Open;
    setWindowTitle(open ? tr("Connect to a server") : tr("Transfer the network to a server"));
    auto* intro = new QLabel(
        open ? tr("The network of the office on a PostgreSQL server. Its administrator tells "
                  "you the server, the database and your user name.")
             : tr("The open network is copied into an empty database on a PostgreSQL server, "
                  "all or nothing, and each table is compared with the original. The file "
                  "stays as it is."));
    intro->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_port->setValue(start.isServer() ? start.port() : DatabaseLocation::DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("e.g. verbund"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto* passwordNote = new QLabel(tr("The password is used for this connection only and never "
                                       "saved."));
    passwordNote->setWordWrap(true);
    form->addRow(QString(), passwordNote);

    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(open ? tr("&Connect") : tr("T&ransfer"));
    m_buttons->addButton(m_test, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_host, m_database, m_user}) {
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
        connect(field, &QLineEdit::textChanged, m_result, &QLabel::clear);
    }
    // Room for the answer from the start, so that nothing moves when it comes.
    m_result->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (!message.isEmpty())
        showFailure(message);
    updateButtons();
    // The first field still empty gets the keys; a password asked again, that one.
    if (!message.isEmpty() && start.isServer())
        m_password->setFocus();
    else if (m_database->text().isEmpty() && !m_host->text().isEmpty())
        m_database->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

DatabaseLocation ConnectDialog::location() const {
    DatabaseLocation location =
        DatabaseLocation::server(m_host->text().trimmed(), m_port->value(),
                                 m_database->text().trimmed(), m_user->text().trimmed());
    // What a URL carried besides (sslmode, a timeout) stays with it.
    location.setOptions(m_options);
    location.setPassword(m_password->text());
    return location;
}

void ConnectDialog::showFailure(const QString& message) {
    showResult(message, false);
}

void ConnectDialog::showResult(const QString& message, bool good) {
    m_result->setText(message);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #a40000;"));
}

void ConnectDialog::updateButtons() {
    const bool complete = !m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_test->setEnabled(complete);
}

void ConnectDialog::testConnection() {
    const DatabaseLocation tried = location();
    showResult(tr("Connecting to %1 …").arg(tried.displayName()), true);
    m_result->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Only looked at: nothing is made or changed.
    auto opened = Database::open(tried, Database::OpenMode::Inspect);
    QApplication::restoreOverrideCursor();
    const bool open = m_purpose == Purpose::Open;
    if (opened) {
        showResult(
            open ? tr("The connection works: %1 holds a Verbund network.").arg(tried.displayName())
                 : tr("The connection works, but %1 holds a Verbund network already. "
                      "Verbund does not overwrite it; give it an empty database.")
                       .arg(tried.displayName()),
            open);
        return;
    }
    if (opened.error().code() == ErrorCode::NoNetwork) {
        showResult(open ? tr("The connection works; the database is still empty. Connecting "
                             "makes a new network in it.")
                        : tr("The connection works; the database is empty and takes the "
                             "network."),
                   true);
        return;
    }
    showFailure(opened.error().message());
}

} // namespace Verbund
