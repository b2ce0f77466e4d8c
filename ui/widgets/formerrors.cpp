#include "formerrors.h"

#include <QFormLayout>
#include <QLabel>

namespace Verbund {

void FormErrors::addRow(QFormLayout* layout, const QString& label, QWidget* field,
                        const QString& key) {
    layout->addRow(label, field);
    if (key.isEmpty())
        return;
    auto* message = new QLabel;
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->setObjectName(key + QStringLiteral("Error"));
    layout->addRow(QString(), message);
    layout->setRowVisible(message, false);
    m_entries.insert(key, {layout, field, message});
    m_order << key;
}

bool FormErrors::show(const QList<FieldError>& errors) {
    clear();
    QWidget* first = nullptr;
    for (const QString& key : std::as_const(m_order)) {
        for (const FieldError& error : errors) {
            if (error.field != key)
                continue;
            const Entry& entry = m_entries.value(key);
            entry.message->setText(error.message);
            entry.layout->setRowVisible(entry.message, true);
            if (!first)
                first = entry.field;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first != nullptr;
}

void FormErrors::clear() {
    for (const Entry& entry : std::as_const(m_entries)) {
        entry.message->clear();
        entry.layout->setRowVisible(entry.message, false);
    }
}

} // namespace Verbund
