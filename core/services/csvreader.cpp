#include "csvreader.h"

#include "csvstream.h"
#include "formulamark.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Verbund {

namespace {

Result<CsvTable> readAll(Result<std::unique_ptr<CsvStream>> stream) {
    if (!stream)
        return stream.error();
    CsvTable table;
    table.header = (*stream)->header();
    table.delimiter = (*stream)->delimiter();
    table.encoding = (*stream)->encoding();
    CsvRecord record;
    while (true) {
        auto more = (*stream)->next(record);
        if (!more)
            return more.error();
        if (!*more)
            return table;
        table.records << record;
    }
}

} // namespace

int CsvTable::column(const QStringList& names) const {
    return CsvReader::columnOf(header, names);
}

QString CsvTable::cell(const CsvRecord& record, int column) {
    return column >= 0 && column < record.cells.size() ? withoutFormulaMark(record.cells.at(column))
                                                       : QString();
}

int CsvReader::columnOf(const QStringList& header, const QStringList& names) {
    for (int i = 0; i < header.size(); ++i) {
        const QString have = normalisedHeader(header.at(i));
        for (const QString& name : names) {
            if (have == normalisedHeader(name))
                return i;
        }
    }
    return -1;
}

QString CsvReader::normalisedHeader(const QString& name) {
    QString normalised;
    for (const QChar c : name.toLower()) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('_'))
            normalised += c;
    }
    return normalised;
}

Result<CsvTable> CsvReader::readFile(const QString& path, qint64 sizeLimit) {
    const QFileInfo file(path);
    if (file.size() > sizeLimit)
        return Error(ErrorCode::Io,
                     tr("The file “%1” is %2; files over %3 are not read. Split it into "
                        "smaller files.")
                         .arg(QDir::toNativeSeparators(path),
                              QLocale().formattedDataSize(file.size()),
                              QLocale().formattedDataSize(sizeLimit)));
    return readAll(CsvStream::openFile(path));
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes) {
    return readAll(CsvStream::openBytes(bytes));
}

} // namespace Verbund
