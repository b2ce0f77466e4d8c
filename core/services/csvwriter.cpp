#include "csvwriter.h"

#include "../common/dates.h"
#include "formulamark.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Verbund {

CsvWriter::CsvWriter(CsvFormat format, QIODevice& device)
    : m_format(format)
    , m_device(device) {
    // Excel reads UTF-8 only after its byte order mark.
    if (m_format == CsvFormat::Excel)
        m_failed = m_device.write("\xEF\xBB\xBF") != 3;
}

namespace {

bool isAsciiSpace(uchar c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Whether the text begins or ends with a space of any kind, as QString::trimmed sees it.
bool spaceAtEdge(QByteArrayView text) {
    const auto first = uchar(text.front());
    const auto last = uchar(text.back());
    if (first < 0x80 && last < 0x80)
        return isAsciiSpace(first) || isAsciiSpace(last);
    const QString decoded = QString::fromUtf8(text); // rare: a letter beyond ASCII at an edge
    return decoded.front().isSpace() || decoded.back().isSpace();
}

// The digits at [at, at + count) as a number, or -1.
int digitsAt(QByteArrayView text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Whether the text is a valid date written yyyy-mm-dd.
bool isIsoDate(QByteArrayView text) {
    return text.size() == 10 && text.at(4) == '-' && text.at(7) == '-' &&
           QDate::isValid(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

} // namespace

char CsvWriter::delimiter() const {
    return m_format == CsvFormat::Excel ? ';' : ',';
}

void CsvWriter::addRow(const QStringList& cells) {
    for (const QString& cell : cells)
        addCell(cell.toUtf8());
    endRow();
}

void CsvWriter::addCell(QByteArrayView text) {
    const char separator = delimiter();
    if (m_cells++ > 0)
        m_line.append(separator);
    if (needsFormulaMark(text)) {
        m_line.append('"');
        m_line.append('\'');
        appendQuoted(text);
        return;
    }
    bool needsQuotes = false;
    for (const char c : text) {
        if (c == separator || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes && !text.isEmpty())
        needsQuotes = spaceAtEdge(text);
    if (!needsQuotes) {
        m_line.append(text);
        return;
    }
    m_line.append('"');
    appendQuoted(text);
}

void CsvWriter::appendQuoted(QByteArrayView text) {
    for (const char c : text) {
        if (c == '"')
            m_line.append('"');
        m_line.append(c);
    }
    m_line.append('"');
}

void CsvWriter::addDateCell(QByteArrayView isoDate) {
    if (!isIsoDate(isoDate)) {
        // No date, or one not written as Verbund writes them: read as any stored date is.
        addCell(isoDate.isEmpty() ? QByteArray()
                                  : date(dateFromIso(QString::fromUtf8(isoDate))).toUtf8());
        return;
    }
    if (m_format == CsvFormat::Plain) {
        addCell(isoDate);
        return;
    }
    const char german[10]{isoDate[8], isoDate[9], '.',        isoDate[5], isoDate[6],
                          '.',        isoDate[0], isoDate[1], isoDate[2], isoDate[3]};
    addCell(QByteArrayView(german, 10));
}

void CsvWriter::endRow() {
    m_line.append(m_format == CsvFormat::Excel ? QByteArrayView("\r\n") : QByteArrayView("\n"));
    if (!m_failed && m_device.write(m_line) != m_line.size())
        m_failed = true;
    m_line.resize(0);
    m_cells = 0;
}

QString CsvWriter::date(const QDate& date) const {
    if (!date.isValid())
        return {};
    return m_format == CsvFormat::Excel ? formatDate(date) : isoDate(date);
}

QString CsvWriter::money(Cents cents) const {
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const Cents value = qAbs(cents);
    return QStringLiteral("%1%2%3%4")
        .arg(sign)
        .arg(value / 100)
        .arg(m_format == CsvFormat::Excel ? QLatin1Char(',') : QLatin1Char('.'))
        .arg(value % 100, 2, 10, QLatin1Char('0'));
}

Status CsvWriter::writeFile(const QString& path, CsvFormat format,
                            const std::function<Status(CsvWriter&)>& fill) {
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("Verbund::CsvWriter", "The file “%1” cannot be written.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    CsvWriter csv(format, file);
    if (Status filled = fill(csv); !filled)
        return filled; // the file is left as it was
    if (csv.failed() || !file.commit())
        return failed();
    return {};
}

} // namespace Verbund
