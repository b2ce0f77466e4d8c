#pragma once

#include "../common/result.h"
#include "../domain/money.h"

#include <QByteArray>
#include <QDate>
#include <QIODevice>
#include <QStringList>
#include <functional>

namespace Verbund {

// Excel: what German Excel opens right by double-click (UTF-8 with BOM, semicolons, CRLF,
// dd.mm.yyyy, decimal comma). Plain: UTF-8, commas, LF, ISO dates, decimal point.
enum class CsvFormat { Excel, Plain };

// Writes a table as CSV to a device row by row, quoting only where a cell needs it, so that
// a list of any length is never held whole.
class CsvWriter final {
public:
    CsvWriter(CsvFormat format, QIODevice& device);

    void addRow(const QStringList& cells);
    // A row cell by cell in UTF-8, for lists written straight from the database: its cells in
    // order, then endRow.
    void addCell(QByteArrayView text);
    // A date as the database holds it (yyyy-mm-dd), written as the format writes dates.
    void addDateCell(QByteArrayView isoDate);
    void endRow();
    // Whether a row could not be written (a full disk).
    bool failed() const { return m_failed; }

    // Values as the format writes them.
    QString date(const QDate& date) const;
    QString money(Cents cents) const;

    // Writes the file through fill, replacing the file only when all went well.
    static Status writeFile(const QString& path, CsvFormat format,
                            const std::function<Status(CsvWriter&)>& fill);

private:
    char delimiter() const;
    // The text with its quotes doubled and the closing quote.
    void appendQuoted(QByteArrayView text);

    CsvFormat m_format;
    QIODevice& m_device;
    QByteArray m_line; // the row being written, its capacity kept from row to row
    int m_cells = 0;
    bool m_failed = false;
};

} // namespace Verbund
