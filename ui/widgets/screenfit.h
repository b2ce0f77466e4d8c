#pragma once

#include <QSize>

class QWidget;

namespace Verbund {

// The size a window asks for, no larger than the screen it opens on can show (a laptop's
// 1366×768 less its task bar and the window's frame).
QSize sizeWithinScreen(const QWidget* window, QSize wanted);

} // namespace Verbund
