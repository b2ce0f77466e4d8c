#include "encodingscan.h"

namespace Verbund {

void EncodingScan::bad() {
    if (m_firstBadLine == 0)
        m_firstBadLine = m_line;
}

void EncodingScan::feed(QByteArrayView block) {
    for (const char c : block) {
        const auto byte = uchar(c);
        if (m_pending > 0) {
            if ((byte & 0xC0) == 0x80) {
                if (--m_pending == 0)
                    ++m_utf8Letters;
                continue;
            }
            bad(); // a letter cut short; the byte begins something new
            m_pending = 0;
        }
        if (byte < 0x80) {
            if (byte == '\n')
                ++m_line;
        } else if (byte >= 0xC2 && byte <= 0xDF) {
            m_pending = 1;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            m_pending = 2;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            m_pending = 3;
        } else {
            bad();
        }
    }
}

void EncodingScan::finish() {
    if (m_pending > 0)
        bad();
    m_pending = 0;
}

} // namespace Verbund
