#pragma once

#include "common/error.h"

#include <QLineEdit>
#include <QTime>

namespace Verbund {

// A time field that takes what people type (8, 8:30, 830, 14.15, "9 Uhr") and shows it as
// HH:mm when the user leaves it. Up and Down step by a quarter of an hour.
class TimeEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeEdit)
public:
    explicit TimeEdit(const QTime& time = {}, QWidget* parent = nullptr);

    // Invalid when the text is no time.
    QTime time() const;
    void setTime(const QTime& time);

    // "start – end" in one row.
    static QWidget* range(TimeEdit* start, TimeEdit* end);
    // Why the range cannot be read, under the field "end"; nothing when both are times.
    static QList<FieldError> unreadable(const TimeEdit* start, const TimeEdit* end);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace Verbund
