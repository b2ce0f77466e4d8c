#pragma once

#include <QByteArrayView>

namespace Verbund {

// What the bytes of a text file say about its encoding, read block by block: whether all of it
// is UTF-8, how many letters beyond ASCII it writes as UTF-8, and the line of the first byte
// that UTF-8 cannot read. A Windows-1252 file has none of those letters; a file with both is
// mixed.
class EncodingScan final {
public:
    void feed(QByteArrayView block);
    // After the last block: a letter cut off at the end counts as a bad byte.
    void finish();

    bool isUtf8() const { return m_firstBadLine == 0; }
    bool hasUtf8Letters() const { return m_utf8Letters > 0; }
    // The line (from 1) of the first byte that is not UTF-8; 0 when there is none.
    int firstBadLine() const { return m_firstBadLine; }

private:
    void bad();

    int m_line = 1;
    int m_pending = 0; // continuation bytes the letter begun still needs
    qint64 m_utf8Letters = 0;
    int m_firstBadLine = 0;
};

} // namespace Verbund
