#pragma once

#include "csvreader.h"

#include <QIODevice>
#include <QStringDecoder>
#include <memory>

namespace Verbund {

// A CSV file read record by record, as CsvReader reads the files German offices have, holding
// one record and a block of the file at a time: an import of 100,000 rows needs no more
// memory than one of ten. The encoding is found by a first pass over the whole file, so that
// a Windows-1252 letter on the last line is not read as UTF-8.
class CsvStream final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CsvStream)
    Q_DISABLE_COPY_MOVE(CsvStream)
public:
    // Reads the header; the device is open for reading and can seek.
    static Result<std::unique_ptr<CsvStream>> open(std::unique_ptr<QIODevice> device);
    static Result<std::unique_ptr<CsvStream>> openFile(const QString& path);
    static Result<std::unique_ptr<CsvStream>> openBytes(const QByteArray& bytes);

    const QStringList& header() const { return m_header; }
    QChar delimiter() const { return m_delimiter; }
    const QString& encoding() const { return m_encoding; }

    // The next record with a cell that is not empty; false at the end of the file.
    Result<bool> next(CsvRecord& record);
    // To the first record (after the header, which is read again), for another pass.
    Status rewind();
    // How much of the file a pass has read, 0 to 100: for a progress bar.
    int percentRead() const;

private:
    explicit CsvStream(std::unique_ptr<QIODevice> device);

    Status findEncoding();
    // Whether a character is at hand, reading the next block of the file when needed.
    bool available() { return m_position < m_buffer.size() || fill(); }
    bool fill();
    // The cells of the next row, empty or not; nullopt at the end of the file.
    Result<std::optional<QStringList>> readRow();

    std::unique_ptr<QIODevice> m_device;
    bool m_bom = false;
    bool m_utf8 = true;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
    int m_row = 0; // rows read, counted as a spreadsheet shows them
    QStringList m_header;
    QChar m_delimiter;
    QString m_encoding;
};

} // namespace Verbund
