#pragma once

#include <QDateTime>

namespace Verbund {

// The bookkeeping every editable record carries: its key, when it was made and last changed,
// and the revision an update must name so that it never overwrites somebody else's edit.
struct RecordMeta {
    qint64 id = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    int revision = 0;

    bool isNew() const { return id == 0; }
    friend bool operator==(const RecordMeta&, const RecordMeta&) = default;
};

} // namespace Verbund
