#pragma once

#include "keptread.h"
#include "listrequest.h"

namespace Verbund {

class Database;

// The query behind a long list: where its rows come from, what a row shows, the filter and,
// per sortable column, the terms it sorts by. It reads a page, the count and the place of
// one record, each in one statement: a page's keys are chosen by a query of the keys alone
// (an index walk for the indexed orders) and only those rows are read whole; a record's place
// is the number of rows sorted before it, counted along the order's index when it has one.
struct ListQuery {
    QString from;         // "participant p", with joins the filter needs
    QString key;          // "p.id"
    SqlCondition columns; // the select list
    SqlCondition where;   // the filter
    // Per sortable column its terms, never NULL (coalesce), so that places count right; then
    // the tie breakers, and the key last.
    QList<QList<SqlCondition>> sortTerms;
    QList<SqlCondition> tieBreakers;

    // The rows the request asks for: by offset, next to a record (seek) or by their keys.
    Result<KeptRead> page(const Database& db, const ListRequest& request) const;
    Result<int> count(const Database& db) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const Database& db, const ListRequest& request) const;
    // The row of the record in the filtered, sorted list; -1 when the filter hides it.
    Result<int> position(const Database& db, const ListRequest& request, qint64 id) const;

private:
    // Whether the filter leaves out any row ("1" when there is none).
    bool filtered() const;
    // The chosen column's terms, the tie breakers and the key.
    QList<SqlCondition> orderTerms(const ListRequest& request) const;
    static SqlCondition joined(const QList<SqlCondition>& terms, const QString& suffix = {});
    // "term AS t0, term AS t1, …" with the prefix given.
    static SqlCondition aliased(const QList<SqlCondition>& terms, QChar prefix);
    // "WITH r AS MATERIALIZED (…)": the record's terms once, as r.t0, r.t1, …
    SqlCondition recordTerms(const QList<SqlCondition>& terms, qint64 id) const;
    // The rows on one side of the record r, one condition per term: equal to r in the terms
    // before it and `beyond` r in it (`last` for the final term, the key). Each is a range of
    // the order's index when there is one; r's terms are read as values, not joined, so that
    // the index also gives the order.
    static QList<SqlCondition> sideOfRecord(const QList<SqlCondition>& terms, const QString& beyond,
                                            const QString& last);
};

} // namespace Verbund
