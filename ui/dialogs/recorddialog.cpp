#include "recorddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbund {

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout) {
    setWindowTitle(title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void RecordDialog::accept() {
    const Status saved = save();
    if (saved) {
        QDialog::accept();
        return;
    }
    if (saved.error().code() == ErrorCode::Cancelled)
        return; // the dialog stays open for another try
    if (saved.error().code() == ErrorCode::Validation && m_errors.show(saved.error().fieldErrors()))
        return;
    QMessageBox::warning(this, windowTitle(), saved.error().fullText());
}

QPlainTextEdit* RecordDialog::textBox(const QString& text, int height) {
    auto* box = new QPlainTextEdit(text);
    box->setTabChangesFocus(true);
    box->setFixedHeight(height);
    return box;
}

} // namespace Verbund
