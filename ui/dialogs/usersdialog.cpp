#include "usersdialog.h"

#include "application/userservice.h"
#include "models/usertablemodel.h"
#include "storage/database.h"
#include "userdialog.h"
#include "widgets/confirm.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Verbund {

UsersDialog::UsersDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_users(new UserTableModel(this))
    , m_panel(new RecordListPanel(m_users, tr("&New user…"))) {
    setWindowTitle(tr("Users and rights"));
    m_panel->setObjectName(QStringLiteral("userPanel"));
    m_panel->setRemoveLabel(tr("&Disable…"));
    auto* roles = new QLabel(
        tr("<b>Reader</b> sees everything but the participants' personal data. "
           "<b>Advisor</b> keeps the network (organisations, contacts, consultations) and sees "
           "the participants of the measures of their site. <b>Coordinator</b> does all of "
           "that for every site, plus measures, funding, programmes, certificates, deleting "
           "and erasing. <b>Administrator</b> also keeps the users."));
    roles->setWordWrap(true);
    const bool server = database.location().isServer();
    auto* how = new QLabel(server ? tr("On this server each user signs in with a login of "
                                       "their own; the server itself grants what the role may.")
                                  : tr("In a file the user is the computer's user name; while "
                                       "nobody is listed, whoever opens the file administers "
                                       "it."));
    how->setWordWrap(true);
    m_users->setDatabase(&m_database);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(roles);
    layout->addWidget(how);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(sizeWithinScreen(this, QSize(760, 460)));
    connect(m_panel, &RecordListPanel::addRequested, this, [this] { edit(0); });
    connect(m_panel, &RecordListPanel::editRequested, this, &UsersDialog::edit);
    connect(m_panel, &RecordListPanel::removeRequested, this, &UsersDialog::disable);
}

void UsersDialog::edit(qint64 id) {
    User user;
    if (id > 0) {
        auto users = UserService(m_database).users();
        if (!users) {
            QMessageBox::warning(this, windowTitle(), users.error().message());
            return;
        }
        for (const User& listed : std::as_const(*users)) {
            if (listed.meta.id == id)
                user = listed;
        }
    }
    UserDialog dialog(m_database, user, this);
    if (dialog.exec() == QDialog::Accepted)
        m_panel->selectId(id);
}

void UsersDialog::disable(qint64 id) {
    const int row = m_users->rowOf(id);
    const QString login = m_users->index(row, 0).data().toString();
    if (!confirmDelete(this, tr("Disable user"),
                       tr("“%1” may then no longer work on the network. What they did stays in "
                          "the history.")
                           .arg(login),
                       tr("&Disable")))
        return;
    if (Status disabled = UserService(m_database).disable(login); !disabled)
        QMessageBox::warning(this, windowTitle(), disabled.error().message());
}

} // namespace Verbund
