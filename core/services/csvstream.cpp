#include "csvstream.h"

#include "encodingscan.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <array>

namespace Verbund {

namespace {

constexpr qint64 BlockBytes = 64 * 1024;
const QByteArray utf8Bom("\xEF\xBB\xBF");

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

// The delimiter used most often outside quotes in the first line.
QChar detectDelimiter(QStringView text) {
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

bool hasText(const QStringList& cells) {
    return std::any_of(cells.cbegin(), cells.cend(),
                       [](const QString& cell) { return !cell.isEmpty(); });
}

bool isBreak(QChar c) {
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

CsvStream::CsvStream(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device)) {}

Result<std::unique_ptr<CsvStream>> CsvStream::open(std::unique_ptr<QIODevice> device) {
    std::unique_ptr<CsvStream> stream(new CsvStream(std::move(device)));
    if (Status found = stream->findEncoding(); !found)
        return found.error();
    if (Status started = stream->rewind(); !started)
        return started.error();
    return stream;
}

Result<std::unique_ptr<CsvStream>> CsvStream::openFile(const QString& path) {
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     tr("The file “%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
                     file->errorString());
    return open(std::move(file));
}

Result<std::unique_ptr<CsvStream>> CsvStream::openBytes(const QByteArray& bytes) {
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return open(std::move(buffer));
}

Status CsvStream::findEncoding() {
    const auto unreadable = [this] {
        return Error(ErrorCode::Io, tr("The file cannot be read."), m_device->errorString());
    };
    if (!m_device->seek(0))
        return unreadable();
    m_bom = m_device->peek(utf8Bom.size()) == utf8Bom;
    EncodingScan scan;
    while (true) {
        const QByteArray block = m_device->read(BlockBytes);
        if (block.isEmpty())
            break;
        scan.feed(block);
    }
    scan.finish();
    // UTF-8 letters and bytes UTF-8 cannot read in one file: two encodings mixed, which no
    // choice of one reads right.
    if (!scan.isUtf8() && (m_bom || scan.hasUtf8Letters()))
        return Error(ErrorCode::Validation,
                     tr("The file mixes two encodings: it is written as UTF-8, but line %1 is "
                        "not (perhaps pasted from another program). Save it again as “CSV UTF-8” "
                        "and import it then.")
                         .arg(scan.firstBadLine()));
    m_utf8 = scan.isUtf8();
    m_encoding = m_bom    ? QStringLiteral("UTF-8 with BOM")
                 : m_utf8 ? QStringLiteral("UTF-8")
                          : QStringLiteral("Windows-1252");
    return {};
}

Status CsvStream::rewind() {
    if (!m_device->seek(m_bom ? utf8Bom.size() : 0))
        return Error(ErrorCode::Io, tr("The file cannot be read."), m_device->errorString());
    m_decoder = QStringDecoder(QStringDecoder::Utf8);
    m_buffer.clear();
    m_position = 0;
    m_atEnd = false;
    m_row = 0;
    // The first line, whole, tells the delimiter.
    while (!m_atEnd && !std::any_of(m_buffer.cbegin(), m_buffer.cend(), isBreak))
        fill();
    m_delimiter = detectDelimiter(m_buffer);
    // The header is the first row with a cell that is not empty.
    while (true) {
        auto row = readRow();
        if (!row)
            return row.error();
        if (!*row)
            return Error(ErrorCode::Validation, CsvReader::tr("The file is empty."));
        if (hasText(**row)) {
            m_header = **row;
            return {};
        }
    }
}

int CsvStream::percentRead() const {
    const qint64 size = m_device->size();
    return size > 0 ? int(std::clamp<qint64>(m_device->pos() * 100 / size, 0, 100)) : 100;
}

bool CsvStream::fill() {
    if (m_atEnd)
        return false;
    const QByteArray block = m_device->read(BlockBytes);
    if (block.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer.remove(0, m_position);
    m_position = 0;
    m_buffer += m_utf8 ? m_decoder(block) : fromWindows1252(block);
    return m_position < m_buffer.size() || fill();
}

Result<std::optional<QStringList>> CsvStream::readRow() {
    if (!available())
        return std::optional<QStringList>();
    ++m_row;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    const auto endCell = [&] {
        row << cell.trimmed();
        cell.clear();
        cellWasQuoted = false;
    };
    while (available()) {
        const QChar c = m_buffer.at(m_position++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (available() && m_buffer.at(m_position) == QLatin1Char('"')) {
                    cell += c;
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r')) {
                // CRLF inside a cell is one line break.
                if (!available() || m_buffer.at(m_position) != QLatin1Char('\n'))
                    cell += QLatin1Char('\n');
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            cell.clear();
        } else if (c == m_delimiter) {
            endCell();
        } else if (isBreak(c)) {
            if (c == QLatin1Char('\r') && available() &&
                m_buffer.at(m_position) == QLatin1Char('\n'))
                ++m_position;
            endCell();
            return std::optional<QStringList>(row);
        } else {
            cell += c;
        }
    }
    if (quoted)
        return Error(
            ErrorCode::Validation,
            CsvReader::tr("Row %1: a quoted cell is not closed; a quotation mark is missing.")
                .arg(m_row));
    endCell();
    return std::optional<QStringList>(row);
}

Result<bool> CsvStream::next(CsvRecord& record) {
    while (true) {
        auto row = readRow();
        if (!row)
            return row.error();
        if (!*row)
            return false;
        if (hasText(**row)) {
            record = {m_row, std::move(**row)};
            return true;
        }
    }
}

} // namespace Verbund
