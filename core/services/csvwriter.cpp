#include "csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Verbund {

CsvWriter::CsvWriter(CsvFormat format)
    : m_format(format) {}

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
    m_text += out.join(excel ? QLatin1Char(';') : QLatin1Char(','));
    m_text += excel ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QByteArray CsvWriter::bytes() const {
    QByteArray bytes = m_text.toUtf8();
    if (m_format == CsvFormat::Excel)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString CsvWriter::date(const QDate& date) const {
    if (!date.isValid())
        return {};
    return date.toString(m_format == CsvFormat::Excel ? QStringLiteral("dd.MM.yyyy")
                                                      : QStringLiteral("yyyy-MM-dd"));
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

Status CsvWriter::writeFile(const QString& path, const QByteArray& bytes) {
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(
            ErrorCode::Io,
            QCoreApplication::translate("Verbund::CsvWriter", "The file “%1” cannot be written.")
                .arg(shown),
            file.errorString());
    return {};
}

} // namespace Verbund
