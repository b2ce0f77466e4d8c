#include "dateedit.h"

#include "common/dates.h"

namespace Verbund {

DateEdit::DateEdit(QWidget* parent)
    : QLineEdit(parent) {
    setPlaceholderText(tr("DD.MM.YYYY"));
    setClearButtonEnabled(true);
    setMaxLength(10);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const QDate parsed = parseDate(text()); parsed.isValid())
            setText(formatDate(parsed));
    });
}

QDate DateEdit::date() const {
    return parseDate(text());
}

void DateEdit::setDate(const QDate& date) {
    setText(formatDate(date));
}

bool DateEdit::isAcceptable() const {
    return text().trimmed().isEmpty() || date().isValid();
}

} // namespace Verbund
