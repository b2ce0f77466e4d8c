#include "importer.h"

#include "../common/dates.h"
#include "../domain/validation.h"
#include "../storage/contactrepository.h"
#include "../storage/database.h"
#include "../storage/organisationrepository.h"
#include "../storage/participantrepository.h"
#include "../storage/transaction.h"
#include "backup.h"
#include "backupfolder.h"

#include <QRegularExpression>
#include <QSet>
#include <chrono>
#include <future>

namespace Verbund {

namespace {

QStringList names(std::initializer_list<const char*> list) {
    QStringList result;
    for (const char* name : list)
        result << QString::fromUtf8(name);
    return result;
}

// An ISCED level or band as funders' templates write it ("3", "ISCED 3", "3-4"): the band of
// its first digit.
std::optional<EducationLevel> educationOf(const QString& text) {
    static const QRegularExpression digit(QStringLiteral("[0-8]"));
    const QRegularExpressionMatch found = digit.match(text);
    if (!found.hasMatch())
        return std::nullopt;
    const int level = found.captured().toInt();
    return level <= 2   ? EducationLevel::Isced0to2
           : level <= 4 ? EducationLevel::Isced3to4
                        : EducationLevel::Isced5to8;
}

// A WZ 2008 section by its letter at the start ("C Verarbeitendes Gewerbe", "C - …").
std::optional<WzSection> wzSectionOf(const QString& text) {
    static const QRegularExpression letter(QStringLiteral("^\\s*([A-Ua-u])\\b"));
    const QRegularExpressionMatch found = letter.match(text);
    return found.hasMatch() ? enumFromKey<WzSection>(found.captured(1).toUpper()) : std::nullopt;
}

// The columns of the header that no field of the mapping takes, each named for a message:
// “Handy” (column 7): unknown; “Telefon” (column 9): a second one. Columns without a name
// (a spreadsheet's empty ones at the right) are not counted, nor an ID column: the numbers of
// another file, which Verbund's own lists carry for reference, name nothing here.
QStringList leftOverColumns(ImportKind kind, const QStringList& header,
                            const QHash<QString, int>& mapping) {
    QStringList leftOver;
    const QList<int> taken = mapping.values();
    const QList<ImportField> fields = Importer::fields(kind);
    for (int column = 0; column < header.size(); ++column) {
        const QString name = header.at(column).trimmed();
        if (name.isEmpty() || taken.contains(column) ||
            CsvReader::normalisedHeader(name) == QLatin1String("id"))
            continue;
        bool known = false;
        for (const ImportField& field : fields)
            known = known || CsvReader::columnOf({name}, field.headers) == 0;
        leftOver << (known ? Importer::tr("“%1” (column %2): a second one of that name")
                           : Importer::tr("“%1” (column %2): unknown"))
                        .arg(name)
                        .arg(column + 1);
    }
    return leftOver;
}

// One row as the fields see it.
class RowValues {
public:
    RowValues(const CsvRecord& record, const QHash<QString, int>& mapping,
              const QList<ImportField>& fields, QList<ImportProblem>& problems)
        : m_record(record)
        , m_mapping(mapping)
        , m_fields(fields)
        , m_problems(problems) {}

    QString text(const QString& key) const {
        return CsvTable::cell(m_record, m_mapping.value(key, -1)).trimmed();
    }
    QString label(const QString& key) const {
        for (const ImportField& field : m_fields) {
            if (field.key == key)
                return field.label;
        }
        return key;
    }
    // Whether the file has a column for the field.
    bool carries(const QString& key) const { return m_mapping.value(key, -1) >= 0; }
    // For an update of a stored record: each named field the file has no column for keeps
    // its stored value, so that an update changes only what the file carries.
    template <typename Record> void keepUncarried(const Record&, Record&) const {}
    template <typename Record, typename Member, typename... Rest>
    void keepUncarried(const Record& stored, Record& imported, const char* key,
                       Member Record::*member, Rest... rest) const {
        if (!carries(QLatin1String(key)))
            imported.*member = stored.*member;
        keepUncarried(stored, imported, rest...);
    }
    void refuse(const QString& key, const QString& reason) {
        m_problems.append({m_record.row, label(key), text(key), reason});
    }
    QDate date(const QString& key) {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDate parsed = parseDate(value);
        if (!parsed.isValid())
            refuse(key, Importer::tr("not a date; write it as 24.12.2026."));
        return parsed;
    }
    std::optional<int> number(const QString& key) {
        const QString value = text(key);
        if (value.isEmpty())
            return std::nullopt;
        QString digits = value;
        digits.remove(QLatin1Char('.'));
        bool ok = false;
        const int parsed = digits.toInt(&ok);
        if (!ok || parsed < 0) {
            refuse(key, Importer::tr("not a whole number."));
            return std::nullopt;
        }
        return parsed;
    }
    template <typename E> E choice(const QString& key, E fallback) {
        return optionalChoice<E>(key).value_or(fallback);
    }

    // A value that may be left empty (none then); `read` reads what else a file may say.
    template <typename E>
    std::optional<E> optionalChoice(const QString& key,
                                    std::optional<E> (*read)(const QString&) = nullptr) {
        const QString value = text(key);
        if (value.isEmpty())
            return std::nullopt;
        if (auto parsed = enumFromText<E>(value))
            return *parsed;
        if (read) {
            if (auto parsed = read(value))
                return *parsed;
        }
        QStringList known;
        for (const auto& entry : enumEntries<E>())
            known << QCoreApplication::translate("Verbund::Enum", entry.label);
        refuse(key, Importer::tr("unknown; one of: %1.").arg(known.join(QStringLiteral(", "))));
        return std::nullopt;
    }

private:
    const CsvRecord& m_record;
    const QHash<QString, int>& m_mapping;
    const QList<ImportField>& m_fields;
    QList<ImportProblem>& m_problems;
};

// Organisation ids by name, for rows that name one.
Result<QHash<QString, qint64>> organisationIds(Database& database) {
    auto names = OrganisationRepository(database).names();
    if (!names)
        return names.error();
    QHash<QString, qint64> ids;
    for (auto it = names->cbegin(); it != names->cend(); ++it)
        ids.insert(it.value().trimmed().toLower(), it.key());
    return ids;
}

} // namespace

std::optional<ImportKind> Importer::kindFromName(const QString& name) {
    if (name == QLatin1String("organisations"))
        return ImportKind::Organisations;
    if (name == QLatin1String("contacts"))
        return ImportKind::Contacts;
    if (name == QLatin1String("participants"))
        return ImportKind::Participants;
    return std::nullopt;
}

QList<ImportField> Importer::fields(ImportKind kind) {
    const QList<ImportField> person{
        {QStringLiteral("firstName"), tr("First name"), names({"First name", "Vorname"}), false},
        {QStringLiteral("lastName"), tr("Last name"),
         names({"Last name", "Surname", "Nachname", "Familienname", "Name"}), true},
        {QStringLiteral("email"), tr("Email"), names({"Email", "E-Mail", "Mail", "E-Mail-Adresse"}),
         false},
        {QStringLiteral("phone"), tr("Phone"),
         names({"Phone", "Telefon", "Tel.", "Tel", "Telefonnummer"}), false},
        {QStringLiteral("notes"), tr("Notes"), names({"Notes", "Notizen", "Bemerkungen"}), false},
    };
    switch (kind) {
    case ImportKind::Organisations:
        return {
            {QStringLiteral("name"), tr("Name"),
             names({"Name", "Firma", "Unternehmen", "Organisation", "Company"}), true},
            {QStringLiteral("kind"), tr("Kind"), names({"Kind", "Art", "Typ"}), false},
            {QStringLiteral("sector"), tr("Sector"), names({"Sector", "Branche"}), false},
            {QStringLiteral("wzSection"), tr("WZ 2008 section"),
             names({"WZ 2008 section", "WZ-2008-Abschnitt", "WZ-Abschnitt", "WZ 2008",
                    "Wirtschaftszweig"}),
             false},
            {QStringLiteral("employees"), tr("Employees"),
             names({"Employees", "Beschäftigte", "Mitarbeiter", "Mitarbeitende"}), false},
            {QStringLiteral("street"), tr("Street"), names({"Street", "Straße", "Strasse"}), false},
            {QStringLiteral("postcode"), tr("Postcode"),
             names({"Postcode", "PLZ", "Postleitzahl", "ZIP"}), false},
            {QStringLiteral("city"), tr("City"), names({"City", "Ort", "Stadt"}), false},
            {QStringLiteral("phone"), tr("Phone"), names({"Phone", "Telefon", "Tel.", "Tel"}),
             false},
            {QStringLiteral("email"), tr("Email"), names({"Email", "E-Mail", "Mail"}), false},
            {QStringLiteral("website"), tr("Website"),
             names({"Website", "Webseite", "Internet", "Homepage"}), false},
            {QStringLiteral("membership"), tr("Membership"),
             names({"Membership", "Mitgliedschaft"}), false},
            {QStringLiteral("memberSince"), tr("Member since"),
             names({"Member since", "Mitglied seit"}), false},
            {QStringLiteral("notes"), tr("Notes"), names({"Notes", "Notizen", "Bemerkungen"}),
             false},
        };
    case ImportKind::Contacts: {
        QList<ImportField> result{
            {QStringLiteral("organisation"), tr("Organisation"),
             names({"Organisation", "Firma", "Unternehmen", "Company"}), true},
            {QStringLiteral("function"), tr("Function"),
             names({"Function", "Funktion", "Position"}), false},
            {QStringLiteral("salutation"), tr("Salutation"), names({"Salutation", "Anrede"}),
             false},
            {QStringLiteral("academicTitle"), tr("Academic title"),
             names({"Academic title", "Titel", "Akademischer Titel"}), false},
            {QStringLiteral("mobile"), tr("Mobile"),
             names({"Mobile", "Mobil", "Handy", "Mobilnummer", "Mobiltelefon"}), false}};
        return result + person;
    }
    case ImportKind::Participants:
        return person +
               QList<ImportField>{
                   {QStringLiteral("birthDate"), tr("Date of birth"),
                    names({"Date of birth", "Geburtsdatum", "Geboren"}), false},
                   {QStringLiteral("gender"), tr("Gender"), names({"Gender", "Geschlecht"}), false},
                   {QStringLiteral("postcode"), tr("Postcode"),
                    names({"Postcode", "PLZ", "Postleitzahl"}), false},
                   {QStringLiteral("city"), tr("City"), names({"City", "Ort", "Stadt"}), false},
                   {QStringLiteral("employment"), tr("Employment"),
                    names({"Employment", "Erwerbsstatus", "Status"}), false},
                   {QStringLiteral("employer"), tr("Employer"),
                    names({"Employer", "Arbeitgeber", "Firma", "Unternehmen"}), false},
                   {QStringLiteral("referredBy"), tr("Referred by"),
                    names({"Referred by", "Zugewiesen von"}), false},
                   {QStringLiteral("priorQualification"), tr("Prior qualification"),
                    names({"Prior qualification", "Vorqualifikation"}), false},
                   {QStringLiteral("education"), tr("Education (ISCED)"),
                    names(
                        {"Education (ISCED)", "Bildungsniveau (ISCED)", "Bildungsniveau", "ISCED"}),
                    false},
                   {QStringLiteral("unemployedSince"), tr("Unemployed since"),
                    names({"Unemployed since", "Arbeitslos seit"}), false},
                   {QStringLiteral("entryConditions"), tr("Entry conditions"),
                    names({"Entry conditions", "Eingangsvoraussetzungen"}), false},
                   {QStringLiteral("consentDate"), tr("Consent given"),
                    names({"Consent given", "Einwilligung"}), false},
               };
    }
    return {};
}

QHash<QString, int> Importer::mapHeaders(ImportKind kind, const QStringList& header) {
    QHash<QString, int> mapping;
    QList<int> taken;
    for (const ImportField& field : fields(kind)) {
        for (const QString& name : field.headers) {
            const int column = CsvReader::columnOf(header, {name});
            if (column >= 0 && !taken.contains(column)) {
                mapping.insert(field.key, column);
                taken << column;
                break;
            }
        }
    }
    return mapping;
}

namespace {

// How a pass over the file goes: checking every row and writing nothing; trying everything
// as a write would, duplicates found, but reading only (a dry run); or writing, committed in
// batches so that others can write between them.
enum class Pass { Check, Try, Write };

// One import: what every row needs, read once for the whole run, and the rows themselves.
class ImportRun {
public:
    ImportRun(Database& database, ImportKind kind, QHash<QString, int> mapping,
              const ImportOptions& options)
        : m_database(database)
        , m_kind(kind)
        , m_fields(Importer::fields(kind))
        , m_mapping(std::move(mapping))
        , m_options(options)
        , m_organisationRecords(database)
        , m_contactRecords(database)
        , m_participantRecords(database) {}

    Result<ImportReport> pass(CsvStream& file, Pass pass);

private:
    // Reads, checks and (unless only checking) stores one row.
    Status row(const CsvRecord& record, Pass pass, ImportReport& report);
    // For a batch of new people, the search index is filled once at its end.
    Status beginBatch(std::optional<Transaction>& transaction);
    Status endBatch(std::optional<Transaction>& transaction);

    Database& m_database;
    ImportKind m_kind;
    QList<ImportField> m_fields;
    QHash<QString, int> m_mapping;
    const ImportOptions& m_options;
    QHash<QString, qint64> m_organisations;
    // One repository per kind for the whole run, so that its insert is prepared once, and the
    // records already there by their identity keys, read once.
    OrganisationRepository m_organisationRecords;
    ContactRepository m_contactRecords;
    ParticipantRepository m_participantRecords;
    QHash<size_t, qint64> m_identities;
};

constexpr int BatchRows = 2000;

// The backup before an import, on a connection of its own (another thread), only reading.
Result<BackupFolder::Entry> takeBackup(const BackupFolder& folder,
                                       const DatabaseLocation& location) {
    auto own = Backup::openToCopy(location);
    if (!own)
        return own.error();
    return folder.take(**own, BackupFolder::Occasion::BeforeImport, false);
}

// An import that stopped after some batches were written: why, and what is in the database.
Error stopped(int row, int committed, const Error& why) {
    return Error(why.code(),
                 Importer::tr("The import stopped at row %1: %2 The %n row(s) before were "
                              "imported; importing the file again skips them as duplicates.",
                              nullptr, committed)
                     .arg(row)
                     .arg(why.message()),
                 why.detail());
}
// The id a check notes for a row it would add: nothing is saved, so there is none.
constexpr qint64 TriedRow = -1;

Result<ImportReport> ImportRun::pass(CsvStream& file, Pass pass) {
    auto known = organisationIds(m_database);
    if (!known)
        return known.error();
    m_organisations = *known;
    if (pass != Pass::Check) {
        auto identities = m_kind == ImportKind::Organisations ? m_organisationRecords.identities()
                          : m_kind == ImportKind::Contacts    ? m_contactRecords.identities()
                                                              : m_participantRecords.identities();
        if (!identities)
            return identities.error();
        m_identities = *identities;
    }

    ImportReport report;
    std::optional<Transaction> transaction;
    int batch = 0;
    int committed = 0; // rows of the file in the batches written
    CsvRecord record;
    const ImportPhase phase = pass == Pass::Write ? ImportPhase::Writing : ImportPhase::Checking;
    constexpr int ProgressRows = 500;
    while (true) {
        auto more = file.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (m_options.progress && report.rows % ProgressRows == 0 &&
            !m_options.progress(phase, file.percentRead())) {
            if (committed == 0) // a batch begun is rolled back on return
                return Error(ErrorCode::Cancelled,
                             Importer::tr("The import was cancelled; nothing was written."));
            return stopped(record.row, committed,
                           Error(ErrorCode::Cancelled, Importer::tr("It was cancelled.")));
        }
        if (pass == Pass::Write && !transaction) {
            if (Status begun = beginBatch(transaction); !begun)
                return begun.error();
        }
        Status stored = row(record, pass, report);
        if (stored && pass == Pass::Write && ++batch == BatchRows) {
            stored = endBatch(transaction);
            batch = 0;
            committed = stored ? report.rows : committed;
        }
        if (!stored) {
            if (committed == 0)
                return stored.error();
            return stopped(record.row, committed, stored.error());
        }
    }
    if (pass == Pass::Write && transaction) {
        if (Status ended = endBatch(transaction); !ended)
            return ended.error();
    }
    report.written = pass == Pass::Write;
    return report;
}

Status ImportRun::beginBatch(std::optional<Transaction>& transaction) {
    transaction.emplace(m_database);
    if (!transaction->begun())
        return transaction->begun();
    if (m_kind == ImportKind::Participants)
        return m_participantRecords.deferSearch();
    return {};
}

Status ImportRun::endBatch(std::optional<Transaction>& transaction) {
    if (m_kind == ImportKind::Participants) {
        if (Status indexed = m_participantRecords.indexDeferred(); !indexed)
            return indexed;
    }
    Status committed = transaction->commit();
    transaction.reset();
    return committed;
}

Status ImportRun::row(const CsvRecord& record, Pass pass, ImportReport& report) {
    ++report.rows;
    QList<ImportProblem> problems;
    RowValues row(record, m_mapping, m_fields, problems);
    auto organisationFor = [&](const QString& key, bool required) -> qint64 {
        const QString name = row.text(key);
        if (name.isEmpty()) {
            if (required)
                row.refuse(key, Importer::tr("required."));
            return 0;
        }
        const qint64 id = m_organisations.value(name.toLower(), 0);
        if (id == 0)
            row.refuse(key, Importer::tr("no organisation of this name in the network."));
        return id;
    };
    Status saved;
    bool duplicate = false;
    bool updated = false;
    auto fieldErrors = [&](const QList<FieldError>& errors) {
        for (const FieldError& error : errors)
            problems.append(
                {record.row, row.label(error.field), row.text(error.field), error.message});
    };
    // Saves the record, unless it is a duplicate: then it is skipped, or the stored one is
    // updated with the file's data and keeps what the file does not carry (keepFromStored). The
    // record's key joins the known ones, so that a row repeated in the file is a duplicate too. The
    // known keys are hashes: the record of a hit is read to confirm it.
    auto store = [&](auto& repository, auto& record, auto keepFromStored) -> Status {
        if (pass == Pass::Check)
            return {};
        using Records = std::decay_t<decltype(repository)>;
        const QString key = Records::identityKey(record);
        const size_t hash = RecordStore::identityHash(key);
        if (const qint64 same = m_identities.value(hash, 0); same > 0) {
            auto stored = repository.get(same);
            if (!stored)
                return stored.error();
            duplicate = Records::identityKey(*stored) == key;
            if (duplicate && !m_options.updateDuplicates)
                return {};
            if (duplicate) {
                keepFromStored(*stored, record);
                record.meta = stored->meta;
                updated = true;
            }
        } else if (same == TriedRow) {
            // The same as a row before it in a check, which saved nothing.
            duplicate = true;
            updated = m_options.updateDuplicates;
            return {};
        }
        if (pass == Pass::Try) { // a check writes nothing and takes no write lock
            if (!duplicate)
                m_identities.insert(hash, TriedRow);
            return {};
        }
        if (Status written = repository.save(record); !written)
            return written;
        m_identities.insert(hash, record.meta.id);
        return {};
    };
    if (m_kind == ImportKind::Organisations) {
        Organisation o;
        o.name = row.text(QStringLiteral("name"));
        o.kind = row.choice(QStringLiteral("kind"), OrganisationKind::Company);
        o.sector = row.text(QStringLiteral("sector"));
        o.wzSection = row.optionalChoice<WzSection>(QStringLiteral("wzSection"), &wzSectionOf);
        o.employees = row.number(QStringLiteral("employees"));
        o.street = row.text(QStringLiteral("street"));
        o.postcode = row.text(QStringLiteral("postcode"));
        o.city = row.text(QStringLiteral("city"));
        o.phone = row.text(QStringLiteral("phone"));
        o.email = row.text(QStringLiteral("email"));
        o.website = row.text(QStringLiteral("website"));
        o.membership = row.choice(QStringLiteral("membership"), Membership::Prospect);
        o.memberSince = row.date(QStringLiteral("memberSince"));
        o.notes = row.text(QStringLiteral("notes"));
        fieldErrors(validate(o));
        if (problems.isEmpty()) {
            saved = store(m_organisationRecords, o,
                          [&row](const Organisation& stored, Organisation& imported) {
                              imported.siteId = stored.siteId;
                              imported.advisorId = stored.advisorId;
                              imported.memberUntil = stored.memberUntil;
                              row.keepUncarried(
                                  stored, imported, "kind", &Organisation::kind, "sector",
                                  &Organisation::sector, "wzSection", &Organisation::wzSection,
                                  "employees", &Organisation::employees, "street",
                                  &Organisation::street, "city", &Organisation::city, "phone",
                                  &Organisation::phone, "email", &Organisation::email, "website",
                                  &Organisation::website, "membership", &Organisation::membership,
                                  "memberSince", &Organisation::memberSince, "notes",
                                  &Organisation::notes);
                          });
            if (saved && !duplicate)
                m_organisations.insert(o.name.toLower(), o.meta.id);
        }
    } else if (m_kind == ImportKind::Contacts) {
        Contact c;
        c.organisationId = organisationFor(QStringLiteral("organisation"), true);
        c.firstName = row.text(QStringLiteral("firstName"));
        c.lastName = row.text(QStringLiteral("lastName"));
        c.function = row.text(QStringLiteral("function"));
        c.email = row.text(QStringLiteral("email"));
        c.phone = row.text(QStringLiteral("phone"));
        c.salutation = row.optionalChoice<Salutation>(QStringLiteral("salutation"));
        c.academicTitle = row.text(QStringLiteral("academicTitle"));
        c.mobile = row.text(QStringLiteral("mobile"));
        c.notes = row.text(QStringLiteral("notes"));
        if (problems.isEmpty())
            fieldErrors(validate(c));
        if (problems.isEmpty())
            saved = store(m_contactRecords, c, [&row](const Contact& stored, Contact& imported) {
                row.keepUncarried(stored, imported, "function", &Contact::function, "email",
                                  &Contact::email, "phone", &Contact::phone, "notes",
                                  &Contact::notes, "salutation", &Contact::salutation,
                                  "academicTitle", &Contact::academicTitle, "mobile",
                                  &Contact::mobile);
            });
    } else {
        Participant p;
        p.firstName = row.text(QStringLiteral("firstName"));
        p.lastName = row.text(QStringLiteral("lastName"));
        p.email = row.text(QStringLiteral("email"));
        p.phone = row.text(QStringLiteral("phone"));
        p.notes = row.text(QStringLiteral("notes"));
        p.birthDate = row.date(QStringLiteral("birthDate"));
        p.gender = row.choice(QStringLiteral("gender"), Gender::NotStated);
        p.postcode = row.text(QStringLiteral("postcode"));
        p.city = row.text(QStringLiteral("city"));
        p.employment = row.choice(QStringLiteral("employment"), EmploymentStatus::Other);
        p.employerId = organisationFor(QStringLiteral("employer"), false);
        p.referredById = organisationFor(QStringLiteral("referredBy"), false);
        p.priorQualification = row.text(QStringLiteral("priorQualification"));
        p.education = row.optionalChoice<EducationLevel>(QStringLiteral("education"), &educationOf);
        p.unemployedSince = row.date(QStringLiteral("unemployedSince"));
        p.entryConditions = row.text(QStringLiteral("entryConditions"));
        p.consentDate = row.date(QStringLiteral("consentDate"));
        if (problems.isEmpty())
            fieldErrors(validate(p));
        if (problems.isEmpty())
            saved = store(
                m_participantRecords, p, [&row](const Participant& stored, Participant& imported) {
                    row.keepUncarried(
                        stored, imported, "email", &Participant::email, "phone",
                        &Participant::phone, "notes", &Participant::notes, "gender",
                        &Participant::gender, "postcode", &Participant::postcode, "city",
                        &Participant::city, "employment", &Participant::employment, "employer",
                        &Participant::employerId, "referredBy", &Participant::referredById,
                        "priorQualification", &Participant::priorQualification, "education",
                        &Participant::education, "unemployedSince", &Participant::unemployedSince,
                        "entryConditions", &Participant::entryConditions, "consentDate",
                        &Participant::consentDate);
                });
    }
    if (!saved)
        return saved;
    if (!problems.isEmpty()) {
        report.problems += problems;
        return {};
    }
    if (duplicate && !m_options.updateDuplicates)
        ++report.duplicatesSkipped;
    else if (updated)
        ++report.updated;
    else
        ++report.imported;
    return {};
}

} // namespace

Result<ImportReport> Importer::run(Database& database, ImportKind kind, CsvStream& file,
                                   const ImportOptions& options) {
    const QList<ImportField> allFields = fields(kind);
    QHash<QString, int> mapping = mapHeaders(kind, file.header());
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    QStringList missing;
    for (const ImportField& field : allFields) {
        if (field.required && mapping.value(field.key, -1) < 0)
            missing << field.label;
    }
    if (!missing.isEmpty())
        return Error(ErrorCode::Validation,
                     tr("The file was not imported: the column %1 is missing. The first row must "
                        "name the columns.")
                         .arg(missing.join(QStringLiteral(", "))));
    const QStringList leftOver = leftOverColumns(kind, file.header(), mapping);
    if (!leftOver.isEmpty() && !options.ignoreUnknownColumns && !options.dryRun)
        return Error(ErrorCode::Validation,
                     tr("The file was not imported; no field takes these columns: %1. Name them as "
                        "Verbund knows them, map them, or leave them out explicitly.")
                         .arg(leftOver.join(QStringLiteral("; "))));
    ImportRun run(database, kind, mapping, options);
    if (options.dryRun) {
        auto tried = run.pass(file, Pass::Try);
        if (tried && !options.ignoreUnknownColumns) {
            for (const QString& column : leftOver)
                tried->warnings
                    << tr("%1 – no field takes it; the file would be refused.").arg(column);
        }
        return tried;
    }
    // What the database is before, kept among the automatic backups: taken on a connection of
    // its own while the file is checked; nothing is written before it is done.
    const BackupFolder folder = BackupFolder::of(database.path());
    auto backup = std::async(std::launch::async, [&folder, location = database.location()] {
        return takeBackup(folder, location);
    });
    // An import that writes nothing leaves no backup behind.
    const auto dropBackup = [&backup] {
        if (auto taken = backup.get())
            Database::removeWithLog(taken->path);
    };
    // All rows or none: unless only the good rows are wanted, the whole file is checked
    // before anything is written.
    if (!options.validOnly) {
        auto checked = run.pass(file, Pass::Check);
        if (!checked || !checked->problems.isEmpty()) {
            dropBackup();
            return checked;
        }
        if (Status back = file.rewind(); !back) {
            dropBackup();
            return back.error();
        }
    }
    // Still copying or checking: the caller is told now and then while it waits, and may
    // cancel (the backup is finished first, then dropped).
    do {
        if (options.progress && !options.progress(ImportPhase::BackingUp, 0)) {
            dropBackup();
            return Error(ErrorCode::Cancelled,
                         tr("The import was cancelled; nothing was written."));
        }
    } while (backup.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready);
    auto taken = backup.get();
    if (!taken)
        return Error(taken.error().code(),
                     tr("The file was not imported: the backup before the import failed. %1")
                         .arg(taken.error().message()),
                     taken.error().detail());
    folder.rotate();
    auto written = run.pass(file, Pass::Write);
    if (written)
        written->backup = taken->path;
    return written;
}

int ImportReport::refusedRows() const {
    QSet<int> rows;
    for (const ImportProblem& p : problems)
        rows.insert(p.row);
    return int(rows.size());
}

QString ImportReport::counts() const {
    return Importer::tr("%1 new, %2 updated, %3 duplicates skipped, %n row(s) refused.", nullptr,
                        refusedRows())
        .arg(imported)
        .arg(updated)
        .arg(duplicatesSkipped);
}

QStringList ImportReport::problemLines() const {
    QStringList lines;
    for (const ImportProblem& p : problems)
        // A long value shortened, so that the line stays readable.
        lines << Importer::tr("Row %1, column %2, “%3”: %4")
                     .arg(p.row)
                     .arg(p.column,
                          p.value.size() > 60 ? p.value.left(57) + QStringLiteral("…") : p.value,
                          p.reason);
    return lines;
}

} // namespace Verbund
