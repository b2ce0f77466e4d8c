#include "personservice.h"

#include "../common/dates.h"
#include "../domain/rights.h"
#include "../storage/database.h"
#include "../storage/historyrepository.h"
#include "../storage/personrecords.h"
#include "../storage/settings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Verbund {

namespace {

QJsonValue jsonOf(const QVariant& value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

} // namespace

PersonService::PersonService(Database& database)
    : m_database(database) {}

Result<QJsonDocument> PersonService::exportParticipant(qint64 id) const {
    if (!seesParticipants(m_database.user().role))
        return Error(ErrorCode::NotPermitted,
                     tr("A person's data is given out by an advisor or a coordinator; you (%1) "
                        "work in the role “%2”.")
                         .arg(m_database.user().login, enumLabel(m_database.user().role)));
    const PersonRecords records(m_database);
    auto person = records.participant(id);
    if (!person)
        return person.error();
    if (person->isEmpty())
        return Error(ErrorCode::NotFound,
                     tr("There is no participant with the number %1.").arg(id));
    auto enrollments = records.enrollments(id);
    if (!enrollments)
        return enrollments.error();
    auto entries = HistoryRepository(m_database).entriesAbout(QStringLiteral("participant"), id);
    if (!entries)
        return entries.error();
    QJsonArray history;
    for (const HistoryEntry& entry : std::as_const(*entries)) {
        QJsonObject changes;
        for (const FieldChange& change : entry.changes)
            changes.insert(change.column, QJsonArray{jsonOf(change.before), jsonOf(change.after)});
        history.append(QJsonObject{{QStringLiteral("at"), isoTimestamp(entry.at)},
                                   {QStringLiteral("by"), entry.actor},
                                   {QStringLiteral("action"), enumKey(entry.action)},
                                   {QStringLiteral("table"), entry.table},
                                   {QStringLiteral("record"), entry.recordId},
                                   {QStringLiteral("changes"), changes},
                                   {QStringLiteral("erased"), entry.erased}});
    }
    auto network = NetworkSettings(m_database).networkName();
    if (!network)
        return network.error();
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("verbund-person")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), isoTimestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("exported_by"), m_database.user().login},
        {QStringLiteral("network"), *network},
        {QStringLiteral("kind"), QStringLiteral("participant")},
        {QStringLiteral("person"), *person},
        {QStringLiteral("enrollments"), *enrollments},
        {QStringLiteral("history"), history},
    };
    return QJsonDocument(document);
}

} // namespace Verbund
