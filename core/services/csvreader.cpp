#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <array>

namespace Verbund {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five unassigned bytes keep their
// Latin-1 meaning, as Windows itself does.
constexpr std::array<char16_t, 32> windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes) {
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        *out++ = value >= 0x80 && value <= 0x9F ? QChar(windows1252High[value - 0x80])
                                                : QChar(char16_t(value));
    }
    return text;
}

} // namespace

int CsvTable::column(const QStringList& names) const {
    for (int i = 0; i < header.size(); ++i) {
        const QString have = CsvReader::normalisedHeader(header.at(i));
        for (const QString& name : names) {
            if (have == CsvReader::normalisedHeader(name))
                return i;
        }
    }
    return -1;
}

QString CsvTable::cell(const CsvRecord& record, int column) {
    return column >= 0 && column < record.cells.size() ? record.cells.at(column) : QString();
}

QString CsvReader::normalisedHeader(const QString& name) {
    QString normalised;
    for (const QChar c : name.toLower()) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('_'))
            normalised += c;
    }
    return normalised;
}

QString CsvReader::decode(const QByteArray& bytes, QString* encoding) {
    static const QByteArray bom("\xEF\xBB\xBF");
    auto report = [encoding](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith(bom)) {
        report("UTF-8 with BOM");
        return QString::fromUtf8(bytes.mid(bom.size()));
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        report("UTF-8");
        return text;
    }
    report("Windows-1252");
    return fromWindows1252(bytes);
}

QChar CsvReader::detectDelimiter(QStringView text) {
    // In order of preference when counts are equal.
    const std::array<QChar, 3> candidates{QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char(',')};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

Result<CsvTable> CsvReader::readFile(const QString& path, qint64 sizeLimit) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The file “%1” cannot be read.").arg(shown),
                     file.errorString());
    if (file.size() > sizeLimit)
        return Error(ErrorCode::Io,
                     tr("The file “%1” is %2; files over %3 are not read. Split it into "
                        "smaller files.")
                         .arg(shown, QLocale().formattedDataSize(file.size()),
                              QLocale().formattedDataSize(sizeLimit)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("The file “%1” cannot be read.").arg(shown),
                     file.errorString());
    return parse(bytes);
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes) {
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.delimiter = detectDelimiter(text);

    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int rowNumber = 1;
    auto endCell = [&] {
        row << cell.trimmed();
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        rows << row;
        row.clear();
        ++rowNumber;
    };
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < length && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // CRLF inside a cell is one line break.
                if (i + 1 >= length || text.at(i + 1) != QLatin1Char('\n'))
                    cell += QLatin1Char('\n');
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            cell.clear();
        } else if (c == table.delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < length && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else {
            cell += c;
        }
    }
    if (quoted)
        return Error(
            ErrorCode::Validation,
            tr("Row %1: a quoted cell is not closed; a quotation mark is missing.").arg(rowNumber));
    if (!cell.isEmpty() || !row.isEmpty())
        endRow();

    // Rows are counted as a spreadsheet shows them, empty ones included.
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList& cells = rows.at(i);
        const bool empty =
            std::all_of(cells.begin(), cells.end(), [](const QString& s) { return s.isEmpty(); });
        if (empty)
            continue;
        if (table.header.isEmpty() && table.records.isEmpty())
            table.header = cells;
        else
            table.records << CsvRecord{i + 1, cells};
    }
    if (table.header.isEmpty())
        return Error(ErrorCode::Validation, tr("The file is empty."));
    return table;
}

} // namespace Verbund
