#include "textrow.h"

#include <sqlite3.h>

namespace Verbund {

int TextRow::size() const {
    if (m_cells)
        return int(m_cells->size());
    return sqlite3_column_count(m_statement);
}

QByteArrayView TextRow::cell(int column) const {
    if (m_cells)
        return m_cells->at(column);
    // The text first, then its length: SQLite's order for a value converted to text.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

} // namespace Verbund
