#pragma once

#include "common/error.h"

#include <QHash>
#include <QList>

class QFormLayout;
class QLabel;
class QWidget;

namespace Verbund {

// Puts validation messages next to the fields they concern: every field row added here
// gets a hidden message row beneath it, shown when an error names the field.
class FormErrors final {
public:
    // Adds "label: field" to the layout, with the message row for the field key.
    void addRow(QFormLayout* layout, const QString& label, QWidget* field, const QString& key = {});
    // Shows the field messages of the error; returns false if none of them has a field here.
    // Focuses the first field with a message.
    bool show(const QList<FieldError>& errors);
    void clear();

private:
    struct Entry {
        QFormLayout* layout = nullptr;
        QWidget* field = nullptr;
        QLabel* message = nullptr;
    };
    QHash<QString, Entry> m_entries;
    QList<QString> m_order;
};

} // namespace Verbund
