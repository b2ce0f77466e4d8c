#include "personservice.h"

#include "../common/dates.h"
#include "../domain/rights.h"
#include "../reports/personsheet.h"
#include "../reports/reportrenderer.h"
#include "../services/backupfolder.h"
#include "../storage/consentrepository.h"
#include "../storage/database.h"
#include "../storage/historyrepository.h"
#include "../storage/settings.h"
#include "historyservice.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Verbund {

namespace {

QJsonValue jsonOf(const QVariant& value) {
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

} // namespace

PersonService::PersonService(Database& database)
    : m_database(database) {}

Result<QJsonDocument> PersonService::exportPerson(PersonKind kind, qint64 id) const {
    if (!seesParticipants(m_database.user().role))
        return Error(ErrorCode::NotPermitted,
                     tr("A person's data is given out by an advisor or a coordinator; you (%1) "
                        "work in the role “%2”.")
                         .arg(m_database.user().login, enumLabel(m_database.user().role)));
    const PersonRecords records(m_database);
    const bool participant = kind == PersonKind::Participant;
    auto person = participant ? records.participant(id) : records.contact(id);
    if (!person)
        return person.error();
    if (person->isEmpty())
        return PersonErasure::notFound(kind, id);
    QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("verbund-person")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), isoTimestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("exported_by"), m_database.user().login},
        {QStringLiteral("kind"), enumKey(kind)},
        {QStringLiteral("person"), *person},
    };
    if (participant) {
        auto enrollments = records.enrollments(id);
        if (!enrollments)
            return enrollments.error();
        auto consents = records.consents(id);
        if (!consents)
            return consents.error();
        document.insert(QStringLiteral("enrollments"), *enrollments);
        document.insert(QStringLiteral("consents"), *consents);
    }
    auto entries = HistoryRepository(m_database).entriesAbout(PersonErasure::tableOf(kind), id);
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
    document.insert(QStringLiteral("network"), *network);
    document.insert(QStringLiteral("history"), history);
    return QJsonDocument(document);
}

Result<ReportDocument> PersonService::sheet(PersonKind kind, qint64 id) const {
    auto data = exportPerson(kind, id);
    if (!data)
        return data.error();
    auto history =
        HistoryService(m_database).about(recordKindOfTable(PersonErasure::tableOf(kind)), id);
    if (!history)
        return history.error();
    QList<PersonSheet::HistoryRow> rows;
    for (const HistoryLine& line : std::as_const(*history))
        rows << PersonSheet::HistoryRow{formatDateTime(line.at), line.actor,
                                        line.subject + QLatin1Char(' ') + line.action,
                                        line.changes};
    return PersonSheet::build(data->object(), rows, today());
}

Status PersonService::writeExport(PersonKind kind, qint64 id, const QString& path) const {
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        auto document = sheet(kind, id);
        if (!document)
            return document.error();
        return ReportRenderer::writePdf(*document, path);
    }
    auto data = exportPerson(kind, id);
    if (!data)
        return data.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data->toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return Error(ErrorCode::Io, tr("“%1” cannot be written: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<QList<Consent>> PersonService::consents(qint64 participantId) const {
    return ConsentRepository(m_database).forParticipant(participantId);
}

Result<Consent> PersonService::consent(qint64 id) const {
    return ConsentRepository(m_database).get(id);
}

Status PersonService::save(Consent& consent) {
    return ConsentRepository(m_database).save(consent);
}

Status PersonService::remove(const Consent& consent) {
    return ConsentRepository(m_database).remove(consent);
}

Status PersonService::erasePermitted() const {
    if (mayErase(m_database.user().role))
        return {};
    return Error(ErrorCode::NotPermitted,
                 tr("A person's data is erased by a coordinator; you (%1) work in the role "
                    "“%2”. Nothing was changed.")
                     .arg(m_database.user().login, enumLabel(m_database.user().role)));
}

Result<PersonErasure::Extent> PersonService::erasureExtent(PersonKind kind, qint64 id) const {
    if (Status allowed = erasePermitted(); !allowed)
        return allowed.error();
    return PersonErasure(m_database).extent(kind, id);
}

Status PersonService::erase(PersonKind kind, qint64 id, const QString& legalBasis) {
    if (Status allowed = erasePermitted(); !allowed)
        return allowed;
    if (legalBasis.trimmed().isEmpty())
        return Error(ErrorCode::Usage,
                     tr("Say on which legal basis the data is erased, e.g. “Request of the "
                        "person, Art. 17(1)(a) GDPR”; the erasure log keeps it."));
    if (Status erased =
            PersonErasure(m_database).erase(kind, id, legalBasis.simplified(), tr("Erased person"));
        !erased)
        return erased;
    return BackupFolder::of(m_database.path()).removeBeforeErasures(m_database);
}

Result<PersonService::RetentionRules> PersonService::retentionRules() const {
    NetworkSettings settings(m_database);
    auto years = settings.retentionYears();
    if (!years)
        return years.error();
    auto days = settings.erasureGraceDays();
    if (!days)
        return days.error();
    return RetentionRules{*years, *days};
}

Status PersonService::setRetentionRules(const RetentionRules& rules) {
    NetworkSettings settings(m_database);
    if (Status saved = settings.setRetentionYears(rules.years); !saved)
        return saved;
    return settings.setErasureGraceDays(rules.graceDays);
}

Result<QList<PersonErasure::LogEntry>> PersonService::erasureLog() const {
    return PersonErasure(m_database).log();
}

Result<QList<RetentionRow>> PersonService::pastRetention() const {
    if (Status allowed = erasePermitted(); !allowed)
        return allowed.error();
    auto years = NetworkSettings(m_database).retentionYears();
    if (!years)
        return years.error();
    return PersonRecords(m_database).pastRetention(today().addYears(-*years));
}

} // namespace Verbund
