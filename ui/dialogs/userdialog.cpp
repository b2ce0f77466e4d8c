#include "userdialog.h"

#include "application/userservice.h"
#include "domain/validation.h"
#include "storage/database.h"
#include "widgets/choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Verbund {

UserDialog::UserDialog(Database& database, User user, QWidget* parent)
    : RecordDialog(user.meta.isNew() ? tr("New user") : tr("Edit user"), parent)
    , m_database(database)
    , m_user(std::move(user))
    , m_login(new QLineEdit(m_user.login))
    , m_name(new QLineEdit(m_user.name))
    , m_role(new QComboBox)
    , m_site(new QComboBox)
    , m_active(new QCheckBox(tr("May work on the network")))
    , m_password(database.location().isServer() ? new QLineEdit : nullptr) {
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setReadOnly(!m_user.meta.isNew());
    m_login->setPlaceholderText(tr("e.g. mkoch"));
    m_role->setObjectName(QStringLiteral("role"));
    fillChoices(m_role, enumChoices<UserRole>());
    selectChoice(m_role, int(m_user.role));
    QList<Choice> sites{{tr("(none)"), qint64(0)}};
    sites += siteChoices(m_database);
    fillChoices(m_site, sites);
    selectChoice(m_site, m_user.siteId);
    m_site->setToolTip(tr("An advisor sees the participants of the measures of this site."));
    m_active->setChecked(m_user.active);
    errors().addRow(form(), tr("&Login:"), m_login, QLatin1String(Field::Login));
    errors().addRow(form(), tr("&Name:"), m_name);
    errors().addRow(form(), tr("&Role:"), m_role);
    errors().addRow(form(), tr("&Site:"), m_site);
    errors().addRow(form(), tr("Active:"), m_active);
    if (m_password) {
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(m_user.meta.isNew() ? tr("for the server's login")
                                                           : tr("unchanged"));
        errors().addRow(form(), tr("&Password:"), m_password);
    }
}

Status UserDialog::save() {
    User edited = m_user;
    edited.login = m_login->text().trimmed();
    edited.name = m_name->text().trimmed();
    edited.role = UserRole(m_role->currentData().toInt());
    edited.siteId = m_site->currentData().toLongLong();
    edited.active = m_active->isChecked();
    const QString password = m_password ? m_password->text() : QString();
    UserService users(m_database);
    Status saved = edited.meta.isNew() ? users.add(edited, password) : users.save(edited, password);
    if (saved)
        m_user = edited;
    return saved;
}

} // namespace Verbund
