#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace Verbund {

QSize sizeWithinScreen(const QWidget* window, QSize wanted) {
    const QScreen* screen = window->screen();
    if (!screen)
        return wanted;
    // Room for a title bar and borders, which the window's frame adds once it is shown.
    const QSize frame(16, 40);
    return wanted.boundedTo(screen->availableGeometry().size() - frame);
}

} // namespace Verbund
