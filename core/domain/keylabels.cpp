#include "keylabels.h"

namespace Verbund {

QByteArrayView KeyLabels::label(QByteArrayView key) const {
    for (const auto& [stored, label] : m_labels) {
        if (stored == key)
            return label;
    }
    return m_fallback;
}

} // namespace Verbund
