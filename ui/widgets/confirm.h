#pragma once

#include <QString>

class QWidget;

namespace Verbund {

// Asks before something is deleted; the safe answer is the default. Returns true to delete.
bool confirmDelete(QWidget* parent, const QString& title, const QString& question,
                   const QString& deleteLabel = {});

} // namespace Verbund
