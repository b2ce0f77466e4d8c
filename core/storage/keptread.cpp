#include "keptread.h"

#include <utility>

namespace Verbund {

KeptRead::KeptRead(QSqlQuery* kept, bool* inUse)
    : m_kept(kept)
    , m_inUse(inUse) {
    *m_inUse = true;
}

KeptRead::KeptRead(QSqlQuery own)
    : m_own(std::move(own)) {}

KeptRead::KeptRead(KeptRead&& other) noexcept
    : m_own(std::move(other.m_own))
    , m_kept(std::exchange(other.m_kept, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr)) {}

KeptRead::~KeptRead() {
    if (!m_kept)
        return;
    m_kept->finish();
    *m_inUse = false;
}

} // namespace Verbund
