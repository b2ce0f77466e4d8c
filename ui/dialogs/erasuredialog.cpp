#include "erasuredialog.h"

#include "application/personservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbund {

ErasureDialog::ErasureDialog(PersonKind kind, const QString& question, Basis basis, QWidget* parent)
    : QDialog(parent)
    , m_basis(new QComboBox)
    , m_missing(new QLabel) {
    setWindowTitle(tr("Erase personal data"));
    const QString whatGoes =
        kind == PersonKind::Participant
            ? tr("Names, contact data, the date of birth (its year is kept), notes and free texts "
                 "go, from the record and from its history. Enrollments, attendance, exam "
                 "results, certificates' serial numbers and funding stay as an anonymous person, "
                 "so every report keeps its totals.")
            : tr("Names, contact data and notes go, from the record and from its history. The "
                 "contact stays at their organisation with their function as an anonymous "
                 "person.");
    auto* text = new QLabel(question + QStringLiteral("\n\n") + whatGoes + QLatin1Char(' ') +
                            tr("Verbund's own backups taken before are removed once the grace "
                               "period is over. This cannot be undone."));
    text->setWordWrap(true);
    text->setMinimumWidth(520);
    m_basis->setObjectName(QStringLiteral("legalBasis"));
    m_basis->setEditable(true);
    m_basis->addItems({tr("Request of the person (Art. 17(1) GDPR)"),
                       tr("Consent withdrawn (Art. 17(1)(b) GDPR)"),
                       tr("Retention period over (Art. 17(1)(a) GDPR)")});
    m_basis->setCurrentIndex(basis == Basis::RetentionOver ? 2 : 0);
    m_basis->setMinimumContentsLength(40);
    m_missing->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_missing->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Legal basis:"), m_basis);
    form->addRow(QString(), m_missing);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* erase = buttons->addButton(tr("&Erase data"), QDialogButtonBox::AcceptRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    erase->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ErasureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ErasureDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool ErasureDialog::askAndErase(Database& database, PersonKind kind, qint64 id, QWidget* parent) {
    PersonService people(database);
    auto extent = people.erasureExtent(kind, id);
    if (!extent) {
        QMessageBox::warning(parent, tr("Erase personal data"), extent.error().message());
        return false;
    }
    const QString question =
        kind == PersonKind::Participant
            ? tr("Erase the personal data of “%1”? %n enrollment(s) and the history of %2 "
                 "change(s) are kept without them.",
                 nullptr, extent->enrollments)
                  .arg(extent->name)
                  .arg(extent->historyEntries)
            : tr("Erase the personal data of “%1”? The history of %n change(s) is kept without "
                 "them.",
                 nullptr, extent->historyEntries)
                  .arg(extent->name);
    ErasureDialog dialog(kind, question, Basis::Request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status erased = people.erase(kind, id, dialog.legalBasis()); !erased) {
        QMessageBox::warning(parent, tr("Erase personal data"), erased.error().message());
        return false;
    }
    return true;
}

QString ErasureDialog::legalBasis() const {
    return m_basis->currentText().simplified();
}

void ErasureDialog::accept() {
    if (legalBasis().isEmpty()) {
        m_missing->setText(tr("Say on which legal basis the data is erased."));
        m_missing->show();
        m_basis->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Verbund
