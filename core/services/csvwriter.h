#pragma once

#include "../common/result.h"
#include "../domain/money.h"

#include <QDate>
#include <QStringList>

namespace Verbund {

// Excel: what German Excel opens right by double-click (UTF-8 with BOM, semicolons, CRLF,
// dd.mm.yyyy, decimal comma). Plain: UTF-8, commas, LF, ISO dates, decimal point.
enum class CsvFormat { Excel, Plain };

// Writes a table as CSV, quoting only where a cell needs it.
class CsvWriter final {
public:
    explicit CsvWriter(CsvFormat format);

    void addRow(const QStringList& cells);
    QByteArray bytes() const;

    // Values as the format writes them.
    QString date(const QDate& date) const;
    QString money(Cents cents) const;

    // Writes the bytes to the file, replacing it only when all went well.
    static Status writeFile(const QString& path, const QByteArray& bytes);

private:
    QString quoted(const QString& cell) const;

    CsvFormat m_format;
    QString m_text;
};

} // namespace Verbund
