#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Verbund {

// One record of a CSV file; row counts as a spreadsheet does, the header being row 1.
struct CsvRecord {
    int row = 0;
    QStringList cells;
};

// A CSV file as read: its header, its records, and what the reader found out about it.
struct CsvTable {
    QStringList header;
    QList<CsvRecord> records;
    QChar delimiter;
    QString encoding; // "UTF-8", "UTF-8 with BOM" or "Windows-1252"

    // The first column whose header matches one of the names, ignoring case, spaces,
    // hyphens, dots and underscores; -1 when there is none.
    int column(const QStringList& names) const;
    // The cell of the record in the column, empty when the record is shorter; without the mark
    // an export puts before a formula start (formulamark.h).
    static QString cell(const CsvRecord& record, int column);
};

// Reads the CSV files German offices have: semicolon, comma or tab separated, UTF-8 with or
// without BOM or Windows-1252, quoted cells with doubled quotes and line breaks, CRLF or LF.
// A whole table, for small files and previews; CsvStream reads record by record.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CsvReader)
public:
    static constexpr qint64 DefaultSizeLimit = 64 * 1024 * 1024;

    // Files larger than sizeLimit are refused before they are read.
    static Result<CsvTable> readFile(const QString& path, qint64 sizeLimit = DefaultSizeLimit);
    static Result<CsvTable> parse(const QByteArray& bytes);

    // A header name as compared: lower case, without spaces, hyphens, dots and underscores.
    static QString normalisedHeader(const QString& name);
    // The first column of the header that matches one of the names as normalisedHeader
    // compares them; -1 when there is none.
    static int columnOf(const QStringList& header, const QStringList& names);
};

} // namespace Verbund
