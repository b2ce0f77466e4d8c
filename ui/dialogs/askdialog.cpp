#include "askdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace Verbund {

AskDialog::AskDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout) {
    setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AskDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void AskDialog::addField(const QString& label, QWidget* field, const QString& key) {
    m_errors.addRow(m_form, label, field, key);
}

void AskDialog::accept() {
    const QList<FieldError> errors = m_check ? m_check() : QList<FieldError>{};
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        adjustSize(); // room for the messages
        return;
    }
    QDialog::accept();
}

} // namespace Verbund
