#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDate>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& value) {
        return value.toString(Qt::ISODate).toStdString();
    }
};
} // namespace Catch

namespace Verbund::Testing {

// A fresh database file in a temporary folder that is removed with it.
class TempDatabase final {
public:
    TempDatabase();
    Database& operator*() const { return *m_database; }
    Database* operator->() const { return m_database.get(); }
    Database* get() const { return m_database.get(); }
    const QString& path() const { return m_path; }
    // Closes the connection (the file stays until the object goes).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// SHA-256 of a file's bytes, to prove a file was left unchanged.
QByteArray fileChecksum(const QString& path);

} // namespace Verbund::Testing
