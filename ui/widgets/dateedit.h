#pragma once

#include <QDate>
#include <QLineEdit>

namespace Verbund {

// A date field typed the German way (24.12.2026, 24.12.26, 2026-12-24), which may be left
// empty. Reformats to dd.MM.yyyy when the user leaves it.
class DateEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)
public:
    explicit DateEdit(QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date);
    // Empty, or a date that exists.
    bool isAcceptable() const;
};

} // namespace Verbund
