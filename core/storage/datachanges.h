#pragma once

#include "recordkind.h"

#include <QObject>

namespace Verbund {

// The one change signal of an open database: every committed write is announced once, after
// its transaction committed, with the kinds and ids it touched; so are other programs' writes
// when the database follows them (Database::followOthers). Lists, counts and choice boxes
// listen to it and read again. A rolled-back transaction announces nothing.
class DataChanges final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataChanges)
public:
    using QObject::QObject;

    // Called by storage for every row it writes; announced when the transaction commits.
    void note(RecordKind kind, qint64 id);
    // The outermost transaction committed: announce what it wrote.
    void publish();
    // The outermost transaction rolled back: forget what it wrote.
    void discard();
    // What the open transaction wrote so far.
    const ChangeSet& pending() const { return m_pending; }
    // What another program on the same database committed, announced as this one's own.
    void announceOthers(const ChangeSet& changes);

signals:
    void committed(const Verbund::ChangeSet& changes);
    // The server's connection fell and could not be made anew: what to tell the user.
    void connectionLost(const QString& message);
    // A connection to the server stands again after it fell.
    void connectionRestored();

private:
    ChangeSet m_pending;
};

} // namespace Verbund
