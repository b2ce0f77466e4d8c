#pragma once

#include <QByteArrayView>
#include <QString>

namespace Verbund {

// A spreadsheet runs a cell that starts with = + - @ (or a tab or line break before them) as a
// formula: an exported list must not carry one in from a name or a note. Such a text cell is
// written with a leading apostrophe, the mark spreadsheet tools recommend, and read without it
// again, so that export → import stays exact. Numbers (-12,50) stay numbers.

// Whether the cell, in UTF-8, is written with the mark: a formula start, also after
// apostrophes of its own (so that those survive the way back).
bool needsFormulaMark(QByteArrayView cell);
// The cell as it was before it was marked.
QString withoutFormulaMark(const QString& cell);

} // namespace Verbund
