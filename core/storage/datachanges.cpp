#include "datachanges.h"

namespace Verbund {

void DataChanges::note(RecordKind kind, qint64 id) {
    m_pending.add(kind, id);
}

void DataChanges::publish() {
    if (m_pending.isEmpty())
        return;
    // Taken before the signal, so that a listener's own write starts a new set.
    const ChangeSet changes = std::exchange(m_pending, {});
    emit committed(changes);
}

void DataChanges::announceOthers(const ChangeSet& changes) {
    if (changes.isEmpty())
        return;
    ChangeSet theirs = changes;
    theirs.setByOthers(true);
    emit committed(theirs);
}

void DataChanges::discard() {
    m_pending = {};
}

} // namespace Verbund
