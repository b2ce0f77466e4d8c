#include "timeedit.h"

#include "common/dates.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>

namespace Verbund {

TimeEdit::TimeEdit(const QTime& time, QWidget* parent)
    : QLineEdit(formatTime(time), parent) {
    setPlaceholderText(tr("HH:MM"));
    setMaxLength(9);
    // Wide enough for "00:00" and a little room, no wider.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00 Uhr")) + 24);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (const QTime parsed = parseTime(text()); parsed.isValid())
            setText(formatTime(parsed));
    });
}

QTime TimeEdit::time() const {
    return parseTime(text());
}

void TimeEdit::setTime(const QTime& time) {
    setText(formatTime(time));
}

QWidget* TimeEdit::range(TimeEdit* start, TimeEdit* end) {
    auto* times = new QHBoxLayout;
    times->setContentsMargins(0, 0, 0, 0);
    times->addWidget(start);
    times->addWidget(new QLabel(QStringLiteral("–")));
    times->addWidget(end);
    times->addStretch();
    auto* range = new QWidget;
    range->setLayout(times);
    range->setFocusProxy(start);
    return range;
}

QList<FieldError> TimeEdit::unreadable(const TimeEdit* start, const TimeEdit* end) {
    if (start->time().isValid() && end->time().isValid())
        return {};
    return {{QStringLiteral("end"), tr("Not a time; write it as 8:30 or 830.")}};
}

void TimeEdit::keyPressEvent(QKeyEvent* event) {
    const bool up = event->key() == Qt::Key_Up;
    if (!up && event->key() != Qt::Key_Down)
        return QLineEdit::keyPressEvent(event);
    constexpr int Quarter = 15 * 60;
    const QTime current = time();
    if (!current.isValid())
        return;
    const int seconds = current.msecsSinceStartOfDay() / 1000;
    const int step =
        up ? Quarter - seconds % Quarter : -(seconds % Quarter ? seconds % Quarter : Quarter);
    const QTime next = current.addSecs(step);
    // Stays within the day.
    if ((up && next < current) || (!up && next > current))
        return;
    setTime(next);
}

} // namespace Verbund
