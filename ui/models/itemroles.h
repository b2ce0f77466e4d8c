#pragma once

#include <Qt>

namespace Verbund {

// The data roles of Verbund's item models, beyond Qt's own.
enum ItemRole {
    IdRole = Qt::UserRole, // qint64 id of the record a row shows
    KindRole,              // int RecordKind of the record a row shows, in a list of several kinds
};

} // namespace Verbund
