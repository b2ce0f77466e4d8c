#pragma once

#include "../domain/enumtext.h"
#include "sql.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <functional>
#include <optional>

namespace Verbund {

// One column of a record's table: its name, how the record's value is written to it and how
// it is read back. The only place a column is named for inserts, updates and selects.
template <typename T> struct TableField {
    QString column;
    std::function<QVariant(const T&)> write;
    std::function<void(T&, const QVariant&)> read;
};

// The columns of one record type's table, besides the bookkeeping (id, created_at,
// updated_at, revision) that RecordStore keeps.
template <typename T> class FieldTable final {
public:
    FieldTable(QString table, QList<TableField<T>> fields)
        : m_table(std::move(table))
        , m_fields(std::move(fields)) {}

    const QString& table() const { return m_table; }

    QStringList columns() const {
        QStringList columns;
        for (const TableField<T>& field : m_fields)
            columns << field.column;
        return columns;
    }

    // In the order of columns().
    QVariantList values(const T& record) const {
        QVariantList values;
        for (const TableField<T>& field : m_fields)
            values << field.write(record);
        return values;
    }

    // The fields from the query's column firstColumn on, in the order of columns().
    T read(const QSqlQuery& query, int firstColumn) const {
        T record;
        int column = firstColumn;
        for (const TableField<T>& field : m_fields)
            field.read(record, query.value(column++));
        return record;
    }

private:
    QString m_table;
    QList<TableField<T>> m_fields;
};

// The kinds of field, each with how it is stored: empty texts, invalid dates and ids of 0 as
// NULL; enums by their stable key; times as HH:mm.
namespace Fields {

// Free text; NULL when empty.
template <typename T> TableField<T> text(const char* column, QString T::*member) {
    return {QLatin1String(column), [member](const T& r) { return nullIfEmpty(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = v.toString(); }};
}

// A text stored without the spaces around it; NULL when empty.
template <typename T> TableField<T> trimmedText(const char* column, QString T::*member) {
    return {QLatin1String(column),
            [member](const T& r) { return nullIfEmpty((r.*member).trimmed()); },
            [member](T& r, const QVariant& v) { r.*member = v.toString(); }};
}

// A name the record cannot be without; stored without the spaces around it.
template <typename T> TableField<T> name(const char* column, QString T::*member) {
    return {QLatin1String(column), [member](const T& r) { return QVariant((r.*member).trimmed()); },
            [member](T& r, const QVariant& v) { r.*member = v.toString(); }};
}

// The record this one belongs to (never 0).
template <typename T> TableField<T> owner(const char* column, qint64 T::*member) {
    return {QLatin1String(column), [member](const T& r) { return QVariant(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = v.toLongLong(); }};
}

// An optional reference to another record; NULL for 0.
template <typename T> TableField<T> reference(const char* column, qint64 T::*member) {
    return {QLatin1String(column), [member](const T& r) { return nullIfZero(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = v.toLongLong(); }};
}

template <typename T> TableField<T> number(const char* column, int T::*member) {
    return {QLatin1String(column), [member](const T& r) { return QVariant(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = v.toInt(); }};
}

// Cents and other large whole numbers.
template <typename T> TableField<T> amount(const char* column, qint64 T::*member) {
    return {QLatin1String(column), [member](const T& r) { return QVariant(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = v.toLongLong(); }};
}

// A number that may be unknown; NULL then.
template <typename T>
TableField<T> optionalNumber(const char* column, std::optional<int> T::*member) {
    return {QLatin1String(column),
            [member](const T& r) {
                return r.*member ? QVariant(*(r.*member)) : QVariant(QMetaType::fromType<int>());
            },
            [member](T& r, const QVariant& v) {
                r.*member = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
            }};
}

// Yes or no, as 1 or 0.
template <typename T> TableField<T> flag(const char* column, bool T::*member) {
    return {QLatin1String(column), [member](const T& r) { return QVariant(r.*member ? 1 : 0); },
            [member](T& r, const QVariant& v) { r.*member = v.toInt() != 0; }};
}

template <typename T> TableField<T> date(const char* column, QDate T::*member) {
    return {QLatin1String(column), [member](const T& r) { return nullIfInvalid(r.*member); },
            [member](T& r, const QVariant& v) { r.*member = dateFromSql(v); }};
}

template <typename T> TableField<T> time(const char* column, QTime T::*member) {
    return {QLatin1String(column),
            [member](const T& r) {
                return (r.*member).isValid()
                           ? QVariant((r.*member).toString(QStringLiteral("HH:mm")))
                           : QVariant();
            },
            [member](T& r, const QVariant& v) {
                r.*member = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
            }};
}

// An enum by its stable key; an unknown key reads as the fallback.
template <typename T, typename E> TableField<T> key(const char* column, E T::*member, E fallback) {
    return {QLatin1String(column), [member](const T& r) { return QVariant(enumKey(r.*member)); },
            [member, fallback](T& r, const QVariant& v) {
                r.*member = enumFromKey<E>(v.toString()).value_or(fallback);
            }};
}

// An enum that may be unknown, by its stable key; NULL then, and for a key no value has.
template <typename T, typename E>
TableField<T> optionalKey(const char* column, std::optional<E> T::*member) {
    return {
        QLatin1String(column),
        [member](const T& r) { return r.*member ? QVariant(enumKey(*(r.*member))) : QVariant(); },
        [member](T& r, const QVariant& v) {
            r.*member = v.isNull() ? std::nullopt : enumFromKey<E>(v.toString());
        }};
}

} // namespace Fields

} // namespace Verbund
