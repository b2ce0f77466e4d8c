#include "searchindex.h"

#include "../common/dates.h"
#include "database.h"
#include "listrequest.h"
#include "sql.h"

#include <QCoreApplication>

namespace Verbund {

SearchIndex::SearchIndex(Database& database)
    : m_database(database) {}

QList<RecordKind> SearchIndex::kinds() {
    return {RecordKind::Organisation, RecordKind::Contact, RecordKind::Participant,
            RecordKind::Measure, RecordKind::Curriculum};
}

Result<QList<SearchHit>> SearchIndex::find(RecordKind kind, const QString& text, int limit) const {
    // Per kind: the columns id, title, detail (and a date, for a measure's period), the
    // table with its alias, and the order of its list (an index the engine walks in order,
    // stopping at the limit).
    QString select;
    QString key;
    QString index;
    QString order;
    switch (kind) {
    case RecordKind::Organisation:
        select = QStringLiteral("SELECT o.id, o.name, coalesce(o.city, ''), NULL FROM "
                                "organisation o");
        key = QStringLiteral("o.id");
        index = QStringLiteral("organisation_search");
        order = QStringLiteral("o.name COLLATE NOCASE, o.id");
        break;
    case RecordKind::Contact:
        select = QStringLiteral(
            "SELECT c.id, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), "
            "o.name, NULL FROM contact c JOIN organisation o ON o.id = c.organisation_id");
        key = QStringLiteral("c.id");
        index = QStringLiteral("contact_search");
        order = QStringLiteral("c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id");
        break;
    case RecordKind::Participant:
        select = QStringLiteral("SELECT p.id, %1, coalesce(p.city, ''), p.birth_date FROM "
                                "participant p")
                     .arg(lastFirstNameSql(QStringLiteral("p")));
        key = QStringLiteral("p.id");
        index = QStringLiteral("participant_search");
        order = QStringLiteral("coalesce(p.last_name, '') COLLATE NOCASE, "
                               "coalesce(p.first_name, '') COLLATE NOCASE, p.id");
        break;
    case RecordKind::Measure:
        select = QStringLiteral("SELECT m.id, m.title, m.start_date, m.end_date FROM measure m");
        key = QStringLiteral("m.id");
        index = QStringLiteral("measure_search");
        order = QStringLiteral("m.start_date DESC, m.title COLLATE NOCASE, m.id");
        break;
    case RecordKind::Curriculum:
        select =
            QStringLiteral("SELECT c.id, c.title, coalesce(c.version, ''), NULL FROM curriculum c");
        key = QStringLiteral("c.id");
        index = QStringLiteral("curriculum_search");
        order = QStringLiteral("c.title COLLATE NOCASE, c.id");
        break;
    default:
        return QList<SearchHit>{};
    }
    const SqlCondition where = searchCondition(m_database.dialect(), key, index, text);
    auto read =
        m_database.runRead(select + QStringLiteral(" WHERE ") + where.sql +
                               QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?"),
                           where.values + QVariantList{limit});
    if (!read)
        return read.error();
    QList<SearchHit> hits;
    QSqlQuery& query = read->query();
    while (query.next()) {
        SearchHit hit{kind, query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString()};
        if (kind == RecordKind::Measure)
            hit.detail = formatPeriod(dateFromSql(query.value(2)), dateFromSql(query.value(3)));
        else if (kind == RecordKind::Participant && !query.value(3).isNull())
            hit.detail = QCoreApplication::translate("Verbund::SearchIndex", "born %1")
                             .arg(formatDate(dateFromSql(query.value(3)))) +
                         (hit.detail.isEmpty() ? QString() : QStringLiteral(", ") + hit.detail);
        hits << hit;
    }
    return hits;
}

} // namespace Verbund
