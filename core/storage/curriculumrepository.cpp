#include "curriculumrepository.h"

#include "database.h"

#include <QSet>

namespace Verbund {

namespace {

const QString topicCountSql =
    QStringLiteral("(SELECT count(*) FROM curriculum_topic t WHERE t.curriculum_id = c.id)");
const QString ueSumSql = QStringLiteral(
    "(SELECT coalesce(sum(t.ue), 0) FROM curriculum_topic t WHERE t.curriculum_id = c.id)");

// Contents are stored one item per line; items are single lines without surrounding space.
QString contentsToSql(const QStringList& items) {
    QStringList lines;
    for (const QString& item : items) {
        if (const QString line = item.simplified(); !line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList contentsFromSql(const QVariant& value) {
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

CurriculumRepository::CurriculumRepository(Database& database)
    : m_database(database)
    , m_records(database) {}

Status CurriculumRepository::save(Curriculum& curriculum) {
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    Curriculum saved = curriculum;
    if (Status written = m_records.save(saved); !written)
        return written;
    if (Status written = saveTopics(saved); !written)
        return written;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    curriculum = saved;
    return {};
}

Status CurriculumRepository::saveTopics(Curriculum& curriculum) {
    const QSqlDatabase& db = m_database.connection();
    auto stored =
        runSql(db, QStringLiteral("SELECT id FROM curriculum_topic WHERE curriculum_id = ?"),
               {curriculum.meta.id});
    if (!stored)
        return stored.error();
    QSet<qint64> obsolete;
    while (stored->next())
        obsolete.insert(stored->value(0).toLongLong());

    for (int position = 0; position < curriculum.topics.size(); ++position) {
        Topic& topic = curriculum.topics[position];
        const QVariantList values{position, topic.title.trimmed(), contentsToSql(topic.contents),
                                  topic.ue};
        if (obsolete.remove(topic.id)) {
            QVariantList bound = values;
            bound << topic.id;
            auto updated = runSql(db,
                                  QStringLiteral("UPDATE curriculum_topic SET position = ?, "
                                                 "title = ?, contents = ?, ue = ? WHERE id = ?"),
                                  bound);
            if (!updated)
                return updated.error();
        } else {
            // New, or copied from another curriculum: it gets an id of its own.
            QVariantList bound{curriculum.meta.id};
            bound += values;
            auto inserted = runSql(db,
                                   QStringLiteral("INSERT INTO curriculum_topic (curriculum_id, "
                                                  "position, title, contents, ue) "
                                                  "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                                   bound);
            if (!inserted)
                return inserted.error();
            inserted->next();
            topic.id = inserted->value(0).toLongLong();
        }
        topic.title = topic.title.trimmed();
        topic.contents = contentsFromSql(contentsToSql(topic.contents));
    }
    for (const qint64 id : std::as_const(obsolete)) {
        auto removed =
            runSql(db, QStringLiteral("DELETE FROM curriculum_topic WHERE id = ?"), {id});
        if (!removed)
            return removed.error();
    }
    return {};
}

Result<QList<Topic>> CurriculumRepository::topicsOf(qint64 curriculumId) const {
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT id, title, contents, ue FROM curriculum_topic "
                                       "WHERE curriculum_id = ? ORDER BY position, id"),
                        {curriculumId});
    if (!query)
        return query.error();
    QList<Topic> topics;
    while (query->next())
        topics << Topic{query->value(0).toLongLong(), query->value(1).toString(),
                        contentsFromSql(query->value(2)), query->value(3).toInt()};
    return topics;
}

Result<Curriculum> CurriculumRepository::get(qint64 id) const {
    auto curriculum = m_records.get(id);
    if (!curriculum)
        return curriculum;
    auto topics = topicsOf(id);
    if (!topics)
        return topics.error();
    curriculum->topics = *topics;
    return curriculum;
}

Status CurriculumRepository::remove(const Curriculum& curriculum) {
    // The topics go by ON DELETE CASCADE.
    return m_records.remove(curriculum);
}

Result<Curriculum> CurriculumRepository::find(const QString& subject) const {
    auto id = m_records.idForSubject(
        subject, QStringLiteral("title"), tr("There is no curriculum with the id or title “%1”."),
        tr("Several curricula are called “%1” (ids %2). Name one by its id."));
    if (!id)
        return id.error();
    return get(*id);
}

Result<Curriculum> CurriculumRepository::duplicateAsNewVersion(qint64 id) {
    auto original = get(id);
    if (!original)
        return original;
    Curriculum copy = original->duplicateAsNewVersion();
    if (Status saved = save(copy); !saved)
        return saved.error();
    return copy;
}

ListQuery CurriculumRepository::listQuery(const QString& filter) {
    ListQuery query;
    query.from = QStringLiteral("curriculum c");
    query.key = QStringLiteral("c.id");
    query.where = wordFilter(
        filter,
        {QStringLiteral("c.title"), QStringLiteral("c.target_group"), QStringLiteral("c.version")},
        [](const QString& word) {
            return keyIn(QStringLiteral("c.status"), enumKeysMatching<CurriculumStatus>(word));
        });
    query.columns = QStringLiteral("c.id, c.title, c.version, c.target_group, ") + topicCountSql +
                    QStringLiteral(", ") + ueSumSql +
                    QStringLiteral(", c.minutes_per_ue, c.status");
    const SqlCondition title(QStringLiteral("c.title COLLATE NOCASE"));
    query.sortTerms = {
        {title},
        {QStringLiteral("coalesce(c.version, '') COLLATE NOCASE")},
        {QStringLiteral("coalesce(c.target_group, '') COLLATE NOCASE")},
        {topicCountSql},
        {ueSumSql},
        {ueSumSql + QStringLiteral(" * c.minutes_per_ue")},
        {enumOrderSql<CurriculumStatus>(QStringLiteral("c.status"))},
    };
    query.tieBreakers = {title};
    return query;
}

Result<QList<CurriculumRow>> CurriculumRepository::list(const ListRequest& request) const {
    auto read = listQuery(request.filter).page(m_database, request);
    if (!read)
        return read.error();
    QSqlQuery& query = read->query();
    QList<CurriculumRow> rows;
    while (query.next()) {
        CurriculumRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.version = query.value(2).toString();
        row.targetGroup = query.value(3).toString();
        row.topics = query.value(4).toInt();
        row.totalUe = query.value(5).toInt();
        row.minutesPerUe = query.value(6).toInt();
        row.status = enumFromKey<CurriculumStatus>(query.value(7).toString())
                         .value_or(CurriculumStatus::Draft);
        rows << row;
    }
    return rows;
}

Result<int> CurriculumRepository::count(const QString& filter) const {
    return listQuery(filter).count(m_database);
}

Result<int> CurriculumRepository::position(const ListRequest& request, qint64 id) const {
    return listQuery(request.filter).position(m_database, request, id);
}

Result<QList<qint64>> CurriculumRepository::keys(const ListRequest& request) const {
    return listQuery(request.filter).keys(m_database, request);
}

} // namespace Verbund
