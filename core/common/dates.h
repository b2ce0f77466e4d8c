#pragma once

#include <QDate>
#include <QString>

namespace Verbund {

// Dates as a German office writes them: dd.MM.yyyy; empty for no date.
QString formatDate(const QDate& date);

// Reads dd.mm.yyyy, d.m.yyyy, d.m.yy and ISO yyyy-mm-dd; an invalid QDate when the text is
// none of these (or empty).
QDate parseDate(const QString& text);

} // namespace Verbund
