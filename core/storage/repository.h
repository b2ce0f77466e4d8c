#pragma once

#include "../common/result.h"
#include "../domain/validation.h"
#include "database.h"
#include "fieldtable.h"
#include "recordstore.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace Verbund {

// How a record type maps to its table: its field table, one per type in recordmapping.cpp.
template <typename T> struct RecordMapping {
    static const FieldTable<T>& fields();
    static QString table() { return fields().table(); }
    static QStringList columns() { return fields().columns(); }
    static QVariantList values(const T& record) { return fields().values(record); }
    // The own columns of a row of RecordStore::selectSql().
    static T read(const QSqlQuery& query) { return fields().read(query, RecordStore::FirstColumn); }
};

// Saving, loading and deleting one record type: validation first, every write its own
// transaction (or part of the caller's), stale revisions refused.
template <typename T> class Repository {
public:
    explicit Repository(Database& database)
        : m_store(database, RecordMapping<T>::table(), RecordMapping<T>::columns()) {}

    // Inserts a new record or updates an existing one; on success the record carries its
    // new id and revision.
    Status save(T& record) {
        if (QList<FieldError> errors = validate(record); !errors.isEmpty())
            return Error::validation(errors);
        return write(record);
    }

    // Saves without the validation, for callers that validated against more than the record.
    Status write(T& record) {
        Transaction transaction(m_store.database());
        if (!transaction.begun())
            return transaction.begun();
        T saved = record;
        Status written = saved.meta.isNew()
                             ? m_store.insert(saved.meta, RecordMapping<T>::values(saved))
                             : m_store.update(saved.meta, RecordMapping<T>::values(saved));
        if (!written)
            return written;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        record = saved;
        return {};
    }

    Result<T> get(qint64 id) const {
        auto rows = where(QStringLiteral("id = ?"), {id});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return RecordStore::recordGone();
        return rows->first();
    }

    // condition and order are fixed SQL from code; values are bound.
    Result<QList<T>> where(const QString& condition, const QVariantList& values,
                           const QString& order = QStringLiteral("id")) const {
        QList<T> records;
        if (Status read = forEach(condition, values, order,
                                  [&records](const T& record) { records << record; });
            !read)
            return read.error();
        return records;
    }

    // As where, one record after the other, none kept: for exports of any length.
    Status forEach(const QString& condition, const QVariantList& values, const QString& order,
                   const std::function<void(const T&)>& take) const {
        auto read = m_store.database().runRead(m_store.selectSql() + QStringLiteral("WHERE ") +
                                                   condition + QStringLiteral(" ORDER BY ") + order,
                                               values);
        if (!read)
            return read.error();
        QSqlQuery& query = read->query();
        while (query.next()) {
            T record = RecordMapping<T>::read(query);
            record.meta = RecordStore::readMeta(query);
            take(record);
        }
        return {};
    }

    // See RecordStore::idForSubject.
    Result<qint64> idForSubject(const QString& subject, const QString& titleColumn,
                                const QString& notFound, const QString& ambiguous) const {
        return m_store.idForSubject(subject, titleColumn, notFound, ambiguous);
    }

    Status remove(const T& record) {
        Transaction transaction(m_store.database());
        if (!transaction.begun())
            return transaction.begun();
        if (Status removed = m_store.remove(record.meta); !removed)
            return removed;
        return transaction.commit();
    }

protected:
    RecordStore m_store;
};

} // namespace Verbund
