#pragma once

#include <QString>

class QWidget;

namespace Verbund {

// Asks before something is deleted; the safe answer is the default. Returns true to delete.
bool confirmDelete(QWidget* parent, const QString& title, const QString& question,
                   const QString& deleteLabel = {});

enum class UnsavedChoice { Save, Discard, Stay };
// Asks what to do with unsaved changes; Save is the default, Escape stays.
UnsavedChoice askAboutUnsavedChanges(QWidget* parent, const QString& question);

// After a save was refused because somebody else changed the record: true when the user
// wants to reload the saved state (and lose the edits).
bool askToReloadAfterConflict(QWidget* parent, const QString& message);

} // namespace Verbund
