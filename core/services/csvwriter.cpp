#include "csvwriter.h"

#include "../common/dates.h"

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

QString CsvWriter::quoted(const QString& cell) const {
    const QChar delimiter = m_format == CsvFormat::Excel ? QLatin1Char(';') : QLatin1Char(',');
    const bool needsQuotes = cell.contains(delimiter) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                             cell != cell.trimmed();
    if (!needsQuotes)
        return cell;
    QString text = cell;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& cells) {
    QStringList out;
    for (const QString& cell : cells)
        out << quoted(cell);
    const bool excel = m_format == CsvFormat::Excel;
    const QByteArray line = (out.join(excel ? QLatin1Char(';') : QLatin1Char(',')) +
                             (excel ? QStringLiteral("\r\n") : QStringLiteral("\n")))
                                .toUtf8();
    if (!m_failed && m_device.write(line) != line.size())
        m_failed = true;
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
