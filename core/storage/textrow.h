#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

struct sqlite3_stmt;

namespace Verbund {

// One row of Database::readText: each cell as the UTF-8 text the database holds (a number as
// its digits, NULL as empty), valid until the next row is read.
class TextRow final {
public:
    explicit TextRow(sqlite3_stmt* statement)
        : m_statement(statement) {}
    // A row a server's driver gave, each cell as its text.
    explicit TextRow(const QList<QByteArray>* cells)
        : m_cells(cells) {}

    int size() const;
    QByteArrayView cell(int column) const;

private:
    sqlite3_stmt* m_statement = nullptr;
    const QList<QByteArray>* m_cells = nullptr;
};

} // namespace Verbund
