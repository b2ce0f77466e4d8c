#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch.hpp>

namespace Verbund::Testing {

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(QStringLiteral("test.verbund"))) {
    reopen();
}

void TempDatabase::reopen() {
    m_database.reset();
    auto opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().fullText().toStdString());
    m_database = std::move(*opened);
}

QByteArray fileChecksum(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace Verbund::Testing
