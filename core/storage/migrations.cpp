#include "migrations.h"

#include "dialect.h"
#include "historytable.h"

namespace Verbund {

namespace {

// Columns every editable table carries (see RecordMeta).
#define VERBUND_META_COLUMNS                                                                       \
    "id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "                 \
    "revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)"

QStringList version1(const Dialect& dialect) {
    return dialect.markAsVerbund() +
           QStringList{
               QStringLiteral("CREATE TABLE site (" VERBUND_META_COLUMNS ", "
                              "name TEXT NOT NULL, city TEXT, notes TEXT)"),
               QStringLiteral("CREATE TABLE staff (" VERBUND_META_COLUMNS ", "
                              "first_name TEXT, last_name TEXT, email TEXT, phone TEXT, "
                              "site_id INTEGER REFERENCES site(id) ON DELETE SET NULL, "
                              "active INTEGER NOT NULL DEFAULT 1)"),
               QStringLiteral(
                   "CREATE TABLE organisation (" VERBUND_META_COLUMNS ", "
                   "name TEXT NOT NULL CHECK (length(trim(name)) > 0), kind TEXT NOT NULL, "
                   "sector TEXT, employees INTEGER CHECK (employees >= 0), street TEXT, "
                   "postcode TEXT, city TEXT, "
                   "site_id INTEGER REFERENCES site(id) ON DELETE SET NULL, "
                   "phone TEXT, email TEXT, website TEXT, membership TEXT NOT NULL, "
                   "member_since TEXT, member_until TEXT, "
                   "advisor_id INTEGER REFERENCES staff(id) ON DELETE SET NULL, notes TEXT)"),
               QStringLiteral(
                   "CREATE INDEX organisation_name ON organisation(name COLLATE NOCASE)"),
               QStringLiteral("CREATE INDEX organisation_advisor ON organisation(advisor_id)"),
               QStringLiteral(
                   "CREATE TABLE contact (" VERBUND_META_COLUMNS ", "
                   "organisation_id INTEGER NOT NULL "
                   "REFERENCES organisation(id) ON DELETE CASCADE, "
                   "first_name TEXT, last_name TEXT, function TEXT, email TEXT, phone TEXT, "
                   "notes TEXT)"),
               QStringLiteral("CREATE INDEX contact_organisation ON contact(organisation_id)"),
               QStringLiteral(
                   "CREATE TABLE consultation (" VERBUND_META_COLUMNS ", "
                   "organisation_id INTEGER NOT NULL "
                   "REFERENCES organisation(id) ON DELETE CASCADE, "
                   "date TEXT NOT NULL, "
                   "advisor_id INTEGER REFERENCES staff(id) ON DELETE SET NULL, "
                   "channel TEXT NOT NULL, topics INTEGER NOT NULL DEFAULT 0, summary TEXT, "
                   "outcome TEXT, follow_up TEXT)"),
               QStringLiteral(
                   "CREATE INDEX consultation_organisation ON consultation(organisation_id)"),
               QStringLiteral("CREATE INDEX consultation_date ON consultation(date)"),
           };
}

// Curricula with their ordered topics, and the network's settings (its name, …).
QStringList version2() {
    return {
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE curriculum (" VERBUND_META_COLUMNS ", "
                       "title TEXT NOT NULL CHECK (length(trim(title)) > 0), target_group TEXT, "
                       "goal TEXT, minutes_per_ue INTEGER NOT NULL DEFAULT 45 "
                       "CHECK (minutes_per_ue BETWEEN 1 AND 240), status TEXT NOT NULL, "
                       "version TEXT)"),
        QStringLiteral("CREATE INDEX curriculum_title ON curriculum(title COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE curriculum_topic (id INTEGER PRIMARY KEY, "
                       "curriculum_id INTEGER NOT NULL "
                       "REFERENCES curriculum(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, title TEXT NOT NULL, contents TEXT, "
                       "ue INTEGER NOT NULL CHECK (ue BETWEEN 1 AND 1000))"),
        QStringLiteral("CREATE INDEX curriculum_topic_curriculum "
                       "ON curriculum_topic(curriculum_id, position)"),
    };
}

// Participants, measures with their places of learning and funding plans, enrollments,
// funders and funding programmes.
QStringList version3() {
    return {
        QStringLiteral(
            "CREATE TABLE participant (" VERBUND_META_COLUMNS ", "
            "first_name TEXT, last_name TEXT, birth_date TEXT, gender TEXT NOT NULL, "
            "email TEXT, phone TEXT, postcode TEXT, city TEXT, employment TEXT NOT NULL, "
            "employer_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL, "
            "referred_by_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL, "
            "prior_qualification TEXT, entry_conditions TEXT, consent_date TEXT, "
            "notes TEXT)"),
        QStringLiteral("CREATE INDEX participant_name ON participant(last_name COLLATE NOCASE, "
                       "first_name COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE funder (" VERBUND_META_COLUMNS ", name TEXT, "
                       "organisation_id INTEGER UNIQUE REFERENCES organisation(id) "
                       "ON DELETE CASCADE, notes TEXT, "
                       "CHECK (organisation_id IS NOT NULL OR length(trim(name)) > 0))"),
        QStringLiteral("CREATE TABLE programme (" VERBUND_META_COLUMNS ", "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), description TEXT, "
                       "funder_id INTEGER REFERENCES funder(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE programme_rate (id INTEGER PRIMARY KEY, "
                       "programme_id INTEGER NOT NULL REFERENCES programme(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, min_employees INTEGER NOT NULL "
                       "CHECK (min_employees >= 0), basis_points INTEGER NOT NULL "
                       "CHECK (basis_points BETWEEN 0 AND 10000))"),
        QStringLiteral("CREATE TABLE measure (" VERBUND_META_COLUMNS ", "
                       "title TEXT NOT NULL CHECK (length(trim(title)) > 0), kind TEXT NOT NULL, "
                       "qualification_goal TEXT, "
                       "curriculum_id INTEGER REFERENCES curriculum(id) ON DELETE RESTRICT, "
                       "provider_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT, "
                       "start_date TEXT, end_date TEXT, schedule TEXT, "
                       "planned_ue INTEGER NOT NULL DEFAULT 0 CHECK (planned_ue >= 0), "
                       "capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0), "
                       "status TEXT NOT NULL, "
                       "obligation_company_id INTEGER REFERENCES organisation(id) "
                       "ON DELETE SET NULL, obligation_count INTEGER, "
                       "obligation_share INTEGER NOT NULL DEFAULT 0, cost_mode TEXT NOT NULL, "
                       "total_cost INTEGER NOT NULL DEFAULT 0, cost_per_ue INTEGER NOT NULL "
                       "DEFAULT 0, notes TEXT)"),
        QStringLiteral("CREATE INDEX measure_title ON measure(title COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE measure_location (id INTEGER PRIMARY KEY, "
                       "measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, "
                       "organisation_id INTEGER NOT NULL REFERENCES organisation(id) "
                       "ON DELETE RESTRICT, role TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE funding_share (id INTEGER PRIMARY KEY, "
                       "measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, "
                       "funder_id INTEGER NOT NULL REFERENCES funder(id) ON DELETE RESTRICT, "
                       "programme_id INTEGER REFERENCES programme(id) ON DELETE SET NULL, "
                       "kind TEXT NOT NULL, basis_points INTEGER NOT NULL DEFAULT 0, "
                       "amount INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX funding_share_funder ON funding_share(funder_id)"),
        QStringLiteral(
            "CREATE TABLE enrollment (" VERBUND_META_COLUMNS ", "
            "measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, "
            "participant_id INTEGER NOT NULL REFERENCES participant(id) "
            "ON DELETE CASCADE, path TEXT NOT NULL, status TEXT NOT NULL, "
            "start_date TEXT, exit_date TEXT, exam_date TEXT, exam_result TEXT NOT NULL, "
            "hired_by_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL, "
            "hired_on TEXT, notes TEXT, UNIQUE (measure_id, participant_id))"),
        QStringLiteral("CREATE INDEX enrollment_participant ON enrollment(participant_id)"),
        QStringLiteral(
            "CREATE TABLE enrollment_credit (id INTEGER PRIMARY KEY, "
            "enrollment_id INTEGER NOT NULL REFERENCES enrollment(id) ON DELETE CASCADE, "
            "position INTEGER NOT NULL, "
            "topic_id INTEGER NOT NULL REFERENCES curriculum_topic(id) ON DELETE CASCADE)"),
    };
}

// Sessions, attendance and the certificates' serial numbers.
QStringList version4() {
    return {
        QStringLiteral("ALTER TABLE measure ADD COLUMN minimum_share INTEGER NOT NULL "
                       "DEFAULT 8000 CHECK (minimum_share BETWEEN 0 AND 10000)"),
        QStringLiteral("ALTER TABLE measure ADD COLUMN ends_with_exam INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE session (" VERBUND_META_COLUMNS ", "
                       "measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, "
                       "date TEXT NOT NULL, start_time TEXT, end_time TEXT, "
                       "ue INTEGER NOT NULL CHECK (ue >= 0), "
                       "topic_id INTEGER REFERENCES curriculum_topic(id) ON DELETE SET NULL, "
                       "location_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL, "
                       "trainer TEXT, notes TEXT)"),
        QStringLiteral("CREATE INDEX session_measure ON session(measure_id, date)"),
        QStringLiteral("CREATE TABLE attendance (enrollment_id INTEGER NOT NULL "
                       "REFERENCES enrollment(id) ON DELETE CASCADE, "
                       "session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE, "
                       "state TEXT NOT NULL, ue INTEGER NOT NULL DEFAULT 0, "
                       "PRIMARY KEY (enrollment_id, session_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX attendance_session ON attendance(session_id)"),
        QStringLiteral("CREATE TABLE certificate (enrollment_id INTEGER PRIMARY KEY "
                       "REFERENCES enrollment(id) ON DELETE CASCADE, "
                       "serial TEXT NOT NULL UNIQUE, issued_on TEXT NOT NULL)"),
    };
}

// A large network: an index for every reference, the participant list's order as an index,
// and the participants' search index (name, city, organisation, current measure; case,
// accents and ß folded) kept up to date by triggers. The keys of a step are fixed text, as
// the step itself: "registered" and "active" are the enrollment states of taking part.
QStringList version5(const Dialect& dialect) {
    QStringList steps{
        QStringLiteral("DROP INDEX participant_name"),
        QStringLiteral("CREATE INDEX participant_sort ON participant("
                       "coalesce(last_name, '') COLLATE NOCASE, "
                       "coalesce(first_name, '') COLLATE NOCASE)"),
        QStringLiteral(
            "CREATE VIEW participant_words (id, words) AS SELECT p.id, replace(replace("
            "coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '') || ' ' || "
            "coalesce(p.city, '') || ' ' || "
            "coalesce((SELECT name FROM organisation WHERE id = p.employer_id), '') || ' ' || "
            "coalesce((SELECT name FROM organisation WHERE id = p.referred_by_id), '') || ' ' || "
            "coalesce((SELECT m.title FROM enrollment e JOIN measure m ON m.id = e.measure_id "
            "WHERE e.participant_id = p.id AND e.status IN ('registered', 'active') "
            "ORDER BY m.start_date DESC, e.id DESC LIMIT 1), ''), 'ß', 'ss'), 'ẞ', 'SS') "
            "FROM participant p"),
    };
    steps << dialect.searchIndex(QStringLiteral("participant_search"))
          << QStringLiteral("INSERT INTO participant_search (rowid, words) "
                            "SELECT id, words FROM participant_words");
    // Re-indexes the people the condition names (a subquery of ids, using NEW and OLD).
    const auto reindex = [](const QString& ids) {
        return QStringLiteral("DELETE FROM participant_search WHERE rowid IN (%1); "
                              "INSERT INTO participant_search (rowid, words) "
                              "SELECT id, words FROM participant_words WHERE id IN (%1);")
            .arg(ids);
    };
    const QList<std::pair<QString, QString>> triggers{
        {QStringLiteral("AFTER INSERT ON participant"),
         QStringLiteral("INSERT INTO participant_search (rowid, words) "
                        "SELECT id, words FROM participant_words WHERE id = NEW.id;")},
        {QStringLiteral("AFTER UPDATE ON participant"),
         reindex(QStringLiteral("SELECT OLD.id UNION SELECT NEW.id"))},
        {QStringLiteral("AFTER DELETE ON participant"),
         QStringLiteral("DELETE FROM participant_search WHERE rowid = OLD.id;")},
        {QStringLiteral("AFTER UPDATE OF name ON organisation"),
         reindex(QStringLiteral("SELECT id FROM participant WHERE employer_id = NEW.id OR "
                                "referred_by_id = NEW.id"))},
        {QStringLiteral("AFTER INSERT ON enrollment"),
         reindex(QStringLiteral("NEW.participant_id"))},
        {QStringLiteral("AFTER UPDATE OF participant_id, measure_id, status ON enrollment"),
         reindex(QStringLiteral("SELECT OLD.participant_id UNION SELECT NEW.participant_id"))},
        {QStringLiteral("AFTER DELETE ON enrollment"),
         reindex(QStringLiteral("OLD.participant_id"))},
        {QStringLiteral("AFTER UPDATE OF title, start_date ON measure"),
         reindex(QStringLiteral("SELECT participant_id FROM enrollment WHERE measure_id = "
                                "NEW.id"))},
    };
    int number = 0;
    for (const auto& [when, action] : triggers)
        steps << dialect.trigger(QStringLiteral("participant_search_%1").arg(++number), when, {},
                                 action);
    // Certificate serials from a counter per prefix ("TB-2026-"), which never goes back when a
    // certificate goes with its enrollment, started from the highest number given.
    steps << QStringLiteral("CREATE TABLE serial_counter (prefix TEXT PRIMARY KEY, "
                            "last INTEGER NOT NULL CHECK (last >= 0))")
          << QStringLiteral(
                 "INSERT INTO serial_counter (prefix, last) SELECT substr(serial, 1, 8), "
                 "max(CAST(substr(serial, 9) AS INTEGER)) FROM certificate "
                 "GROUP BY substr(serial, 1, 8)");
    const QList<std::pair<const char*, const char*>> references{
        {"staff", "site_id"},
        {"organisation", "site_id"},
        {"consultation", "advisor_id"},
        {"participant", "employer_id"},
        {"participant", "referred_by_id"},
        {"programme", "funder_id"},
        {"programme_rate", "programme_id"},
        {"measure", "curriculum_id"},
        {"measure", "provider_id"},
        {"measure", "obligation_company_id"},
        {"measure_location", "measure_id"},
        {"measure_location", "organisation_id"},
        {"funding_share", "measure_id"},
        {"funding_share", "programme_id"},
        {"enrollment", "hired_by_id"},
        {"enrollment_credit", "enrollment_id"},
        {"enrollment_credit", "topic_id"},
        {"session", "topic_id"},
        {"session", "location_id"},
    };
    for (const auto& [table, column] : references)
        steps << QStringLiteral("CREATE INDEX %1_%2 ON %1(%2)")
                     .arg(QLatin1String(table), QLatin1String(column));
    return steps;
}

// An import of many participants fills the search index once for all of them: while
// search_deferred holds a row (the highest id before the run, inside the import's
// transaction), a new participant is not indexed on its own. Measures in the order of
// their lists and of the enrollment export.
QStringList version6(const Dialect& dialect) {
    return QStringList{
               QStringLiteral(
                   "CREATE INDEX measure_order ON measure(start_date, title COLLATE NOCASE)"),
               QStringLiteral("CREATE TABLE search_deferred (since INTEGER NOT NULL)")} +
           dialect.dropTrigger(QStringLiteral("participant_search_1"),
                               QStringLiteral("participant")) +
           dialect.trigger(QStringLiteral("participant_search_1"),
                           QStringLiteral("AFTER INSERT ON participant"),
                           QStringLiteral("NOT EXISTS (SELECT 1 FROM search_deferred)"),
                           QStringLiteral("INSERT INTO participant_search (rowid, words) "
                                          "SELECT id, words FROM participant_words "
                                          "WHERE id = NEW.id;"));
}

// The history of changes: an entry per inserted, updated and deleted row (its triggers are
// made by the last step, migrationSteps), kept as written but for an erasure. Nothing is
// recorded while history_paused holds a row (a copy of a whole network, inside its
// transaction).
QStringList version7(const Dialect& dialect) {
    return QStringList{
               QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                              "actor TEXT NOT NULL, action TEXT NOT NULL, "
                              "table_name TEXT NOT NULL, record_id INTEGER NOT NULL, "
                              "owner_table TEXT NOT NULL, owner_id INTEGER NOT NULL, "
                              "changes TEXT NOT NULL, erased INTEGER NOT NULL DEFAULT 0)"),
               QStringLiteral("CREATE INDEX history_owner ON history(owner_table, owner_id)"),
               // The rows owned by another record, found by their own id as well; the others
               // are their own owners.
               QStringLiteral("CREATE INDEX history_record ON history(table_name, record_id) "
                              "WHERE table_name <> owner_table"),
               QStringLiteral("CREATE TABLE history_paused (since TEXT)"),
           } +
           dialect.keepHistory();
}

// Users and their roles, and the site of a measure (an advisor sees the participants of the
// measures of their site), first that of its lead provider. On a server the roles' rights are
// granted by the server itself (Dialect::grantRights, made by the last step).
QStringList version8() {
    return {
        QStringLiteral("ALTER TABLE measure ADD COLUMN site_id INTEGER "
                       "REFERENCES site(id) ON DELETE SET NULL"),
        QStringLiteral("UPDATE measure SET site_id = (SELECT o.site_id FROM organisation o "
                       "WHERE o.id = measure.provider_id)"),
        QStringLiteral("CREATE INDEX measure_site_id ON measure(site_id)"),
        QStringLiteral("CREATE TABLE app_user (" VERBUND_META_COLUMNS ", "
                       "login TEXT NOT NULL UNIQUE CHECK (length(trim(login)) > 0), "
                       "name TEXT, role TEXT NOT NULL, "
                       "site_id INTEGER REFERENCES site(id) ON DELETE SET NULL, "
                       "active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX app_user_site_id ON app_user(site_id)"),
    };
}

// A person's consents, each for one purpose and withdrawn on a day; the erasure log (when, by
// whom, on which legal basis, which record: never the erased data); and what an erased
// participant keeps for the statistics (the birth year) and the day of the erasure of a
// participant's or a contact's data.
QStringList version9() {
    return {
        QStringLiteral("ALTER TABLE participant ADD COLUMN birth_year INTEGER"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN erased_on TEXT"),
        QStringLiteral("ALTER TABLE contact ADD COLUMN erased_on TEXT"),
        QStringLiteral("CREATE TABLE consent (" VERBUND_META_COLUMNS ", "
                       "participant_id INTEGER NOT NULL REFERENCES participant(id) "
                       "ON DELETE CASCADE, purpose TEXT NOT NULL, given_on TEXT, "
                       "how TEXT NOT NULL, text_version TEXT, withdrawn_on TEXT)"),
        QStringLiteral("CREATE INDEX consent_participant ON consent(participant_id)"),
        QStringLiteral("CREATE TABLE erasure_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                       "actor TEXT NOT NULL, record_table TEXT NOT NULL, "
                       "record_id INTEGER NOT NULL, legal_basis TEXT NOT NULL)"),
    };
}

// Follow-ups (Wiedervorlagen): something to do by a day, by whom, about one organisation,
// contact, participant, measure or funder (exactly one). Made by hand, from a consultation's
// follow-up date (consultation_id), or by a rule: the rule, the record (rule_ref) and the day
// (rule_date) it is about, once (done stays done). The measure's hiring check N months after
// its end; the chambers' exam sittings with their registration deadlines; the funders' report
// dates. The existing consultations' follow-up dates become follow-ups, done where a later
// consultation of the organisation followed.
QStringList version10(const Dialect& dialect) {
    QStringList subjects;
    for (const char* column :
         {"organisation_id", "contact_id", "participant_id", "measure_id", "funder_id"})
        subjects
            << QStringLiteral("CASE WHEN %1 IS NULL THEN 0 ELSE 1 END").arg(QLatin1String(column));
    QStringList steps{
        QStringLiteral("ALTER TABLE measure ADD COLUMN hiring_check_months INTEGER "
                       "CHECK (hiring_check_months BETWEEN 1 AND 60)"),
        QStringLiteral(
            "CREATE TABLE follow_up (" VERBUND_META_COLUMNS ", "
            "organisation_id INTEGER REFERENCES organisation(id) ON DELETE CASCADE, "
            "contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE, "
            "participant_id INTEGER REFERENCES participant(id) ON DELETE CASCADE, "
            "measure_id INTEGER REFERENCES measure(id) ON DELETE CASCADE, "
            "funder_id INTEGER REFERENCES funder(id) ON DELETE CASCADE, "
            "consultation_id INTEGER UNIQUE REFERENCES consultation(id) ON DELETE CASCADE, "
            "due_on TEXT NOT NULL, owner_id INTEGER REFERENCES staff(id) ON DELETE SET NULL, "
            "text TEXT, done_on TEXT, rule TEXT, rule_ref INTEGER, rule_date TEXT, "
            "UNIQUE (rule, rule_ref, rule_date), CHECK (%1 = 1))")
            .arg(subjects.join(QStringLiteral(" + "))),
        QStringLiteral("CREATE INDEX follow_up_open ON follow_up(due_on) WHERE done_on IS NULL"),
        QStringLiteral("CREATE TABLE exam_deadline (" VERBUND_META_COLUMNS ", "
                       "chamber_id INTEGER NOT NULL REFERENCES organisation(id) "
                       "ON DELETE CASCADE, title TEXT NOT NULL, registration_by TEXT NOT NULL, "
                       "exam_on TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE report_date (" VERBUND_META_COLUMNS ", "
                       "funder_id INTEGER NOT NULL REFERENCES funder(id) ON DELETE CASCADE, "
                       "title TEXT NOT NULL, due_on TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX report_date_due_on ON report_date(due_on)"),
        QStringLiteral("CREATE INDEX session_date ON session(date)"),
        QStringLiteral(
            "INSERT INTO follow_up (created_at, updated_at, organisation_id, consultation_id, "
            "due_on, owner_id, text, done_on, rule, rule_ref, rule_date) SELECT c.updated_at, "
            "c.updated_at, c.organisation_id, c.id, c.follow_up, c.advisor_id, "
            "substr(trim(c.summary), 1, 200), (SELECT min(l.date) FROM consultation l WHERE "
            "l.organisation_id = c.organisation_id AND l.date > c.date), 'consultation', c.id, "
            "c.date FROM consultation c WHERE c.follow_up IS NOT NULL"),
    };
    for (const char* column :
         {"organisation_id", "contact_id", "participant_id", "measure_id", "funder_id", "owner_id"})
        steps << QStringLiteral("CREATE INDEX follow_up_%1 ON follow_up(%1)")
                     .arg(QLatin1String(column));
    steps << QStringLiteral("CREATE INDEX exam_deadline_chamber_id ON exam_deadline(chamber_id)")
          << QStringLiteral("CREATE INDEX report_date_funder_id ON report_date(funder_id)");
    // The search everywhere: the words of organisations, contacts, measures and curricula.
    const QList<std::pair<QString, QString>> words{
        {QStringLiteral("organisation"), QStringLiteral("name city postcode sector")},
        {QStringLiteral("contact"), QStringLiteral("first_name last_name function email")},
        {QStringLiteral("measure"), QStringLiteral("title qualification_goal")},
        {QStringLiteral("curriculum"), QStringLiteral("title target_group goal")},
    };
    for (const auto& [table, columns] : words) {
        QStringList parts;
        for (const QString& column : columns.split(QLatin1Char(' ')))
            parts << QStringLiteral("coalesce(%1, '')").arg(column);
        const QString index = table + QStringLiteral("_search");
        const QString view = table + QStringLiteral("_words");
        steps << QStringLiteral("CREATE VIEW %1 (id, words) AS SELECT id, replace(replace(%2, "
                                "'ß', 'ss'), 'ẞ', 'SS') FROM %3")
                     .arg(view, parts.join(QStringLiteral(" || ' ' || ")), table)
              << dialect.searchIndex(index)
              << QStringLiteral("INSERT INTO %1 (rowid, words) SELECT id, words FROM %2")
                     .arg(index, view);
        const QString add =
            QStringLiteral("INSERT INTO %1 (rowid, words) SELECT id, words FROM %2 WHERE id = "
                           "NEW.id;")
                .arg(index, view);
        const QString remove = QStringLiteral("DELETE FROM %1 WHERE rowid = OLD.id;").arg(index);
        steps << dialect.trigger(index + QStringLiteral("_1"),
                                 QStringLiteral("AFTER INSERT ON ") + table, {}, add)
              << dialect.trigger(index + QStringLiteral("_2"),
                                 QStringLiteral("AFTER UPDATE ON ") + table, {}, remove + add)
              << dialect.trigger(index + QStringLiteral("_3"),
                                 QStringLiteral("AFTER DELETE ON ") + table, {}, remove);
    }
    return steps;
}

// What the funders' statistics (ESF Plus) ask of a participant: the highest education as an
// ISCED band, since when unemployed; the status at the exit of a measure; an organisation's
// WZ 2008 section.
QStringList version11() {
    return {
        QStringLiteral("ALTER TABLE participant ADD COLUMN education TEXT"),
        QStringLiteral("ALTER TABLE participant ADD COLUMN unemployed_since TEXT"),
        QStringLiteral("ALTER TABLE enrollment ADD COLUMN exit_status TEXT"),
        QStringLiteral("ALTER TABLE organisation ADD COLUMN wz_section TEXT"),
    };
}

// The overview's attendance figures count the states of a period's sessions from the index
// alone.
QStringList version12() {
    return {
        QStringLiteral("DROP INDEX attendance_session"),
        QStringLiteral("CREATE INDEX attendance_session_state ON attendance(session_id, state)"),
    };
}

// What a letter needs of a contact: the salutation (Frau, Herr, none), an academic title; and
// a mobile number.
QStringList version13() {
    return {
        QStringLiteral("ALTER TABLE contact ADD COLUMN salutation TEXT"),
        QStringLiteral("ALTER TABLE contact ADD COLUMN academic_title TEXT"),
        QStringLiteral("ALTER TABLE contact ADD COLUMN mobile TEXT"),
    };
}

#undef VERBUND_META_COLUMNS

QStringList columns(const char* names) {
    return QString::fromLatin1(names).split(QLatin1Char(' '));
}

} // namespace

const QList<HistoryTable>& historyTables() {
    const QString id = QStringLiteral("id");
    static const QList<HistoryTable> tables{
        {QStringLiteral("site"), id, QStringLiteral("site"), id, columns("name city notes")},
        {QStringLiteral("staff"), id, QStringLiteral("staff"), id,
         columns("first_name last_name email phone site_id active")},
        {QStringLiteral("app_user"), id, QStringLiteral("app_user"), id,
         columns("login name role site_id active")},
        {QStringLiteral("organisation"), id, QStringLiteral("organisation"), id,
         columns("name kind sector employees street postcode city site_id phone email website "
                 "membership member_since member_until advisor_id notes wz_section")},
        {QStringLiteral("contact"), id, QStringLiteral("organisation"),
         QStringLiteral("organisation_id"),
         columns("organisation_id first_name last_name function email phone notes erased_on "
                 "salutation academic_title mobile")},
        {QStringLiteral("consultation"), id, QStringLiteral("organisation"),
         QStringLiteral("organisation_id"),
         columns("organisation_id date advisor_id channel topics summary outcome follow_up")},
        {QStringLiteral("setting"), QString(), QStringLiteral("setting"), QString(),
         columns("key value")},
        {QStringLiteral("curriculum"), id, QStringLiteral("curriculum"), id,
         columns("title target_group goal minutes_per_ue status version")},
        {QStringLiteral("curriculum_topic"), id, QStringLiteral("curriculum"),
         QStringLiteral("curriculum_id"), columns("curriculum_id position title contents ue")},
        {QStringLiteral("participant"), id, QStringLiteral("participant"), id,
         columns("first_name last_name birth_date gender email phone postcode city employment "
                 "employer_id referred_by_id prior_qualification entry_conditions consent_date "
                 "notes birth_year erased_on education unemployed_since")},
        {QStringLiteral("consent"), id, QStringLiteral("participant"),
         QStringLiteral("participant_id"),
         columns("participant_id purpose given_on how text_version withdrawn_on")},
        {QStringLiteral("funder"), id, QStringLiteral("funder"), id,
         columns("name organisation_id notes")},
        {QStringLiteral("programme"), id, QStringLiteral("programme"), id,
         columns("name description funder_id")},
        {QStringLiteral("programme_rate"), id, QStringLiteral("programme"),
         QStringLiteral("programme_id"),
         columns("programme_id position min_employees basis_points")},
        {QStringLiteral("measure"), id, QStringLiteral("measure"), id,
         columns("title kind qualification_goal curriculum_id provider_id start_date end_date "
                 "schedule planned_ue capacity status obligation_company_id obligation_count "
                 "obligation_share cost_mode total_cost cost_per_ue notes minimum_share "
                 "ends_with_exam site_id hiring_check_months")},
        {QStringLiteral("measure_location"), id, QStringLiteral("measure"),
         QStringLiteral("measure_id"), columns("measure_id position organisation_id role")},
        {QStringLiteral("funding_share"), id, QStringLiteral("measure"),
         QStringLiteral("measure_id"),
         columns("measure_id position funder_id programme_id kind basis_points amount")},
        {QStringLiteral("enrollment"), id, QStringLiteral("participant"),
         QStringLiteral("participant_id"),
         columns("measure_id participant_id path status start_date exit_date exam_date "
                 "exam_result hired_by_id hired_on notes exit_status")},
        {QStringLiteral("enrollment_credit"), id, QStringLiteral("enrollment"),
         QStringLiteral("enrollment_id"), columns("enrollment_id position topic_id")},
        {QStringLiteral("session"), id, QStringLiteral("measure"), QStringLiteral("measure_id"),
         columns("measure_id date start_time end_time ue topic_id location_id trainer notes")},
        {QStringLiteral("attendance"), QStringLiteral("session_id"), QStringLiteral("enrollment"),
         QStringLiteral("enrollment_id"), columns("enrollment_id session_id state ue")},
        {QStringLiteral("certificate"), QStringLiteral("enrollment_id"),
         QStringLiteral("enrollment"), QStringLiteral("enrollment_id"),
         columns("serial issued_on")},
        {QStringLiteral("follow_up"), id, QStringLiteral("follow_up"), id,
         columns("organisation_id contact_id participant_id measure_id funder_id "
                 "consultation_id due_on owner_id text done_on rule rule_ref rule_date")},
        {QStringLiteral("exam_deadline"), id, QStringLiteral("exam_deadline"), id,
         columns("chamber_id title registration_by exam_on")},
        {QStringLiteral("report_date"), id, QStringLiteral("funder"), QStringLiteral("funder_id"),
         columns("funder_id title due_on")},
    };
    return tables;
}

QList<QStringList> migrationSteps(const Dialect& dialect) {
    QList<QStringList> steps{version1(dialect), version2(),         version3(),        version4(),
                             version5(dialect), version6(dialect),  version7(dialect), version8(),
                             version9(),        version10(dialect), version11(),       version12(),
                             version13()};
    for (QStringList& step : steps) {
        for (QString& statement : step)
            statement = dialect.schema(statement);
    }
    // The history's triggers and the roles' rights follow the tables as they are now
    // (historyTables, rights.h): whichever steps a database takes, the last makes them anew.
    for (const HistoryTable& table : historyTables())
        steps.last() << dialect.history(table);
    steps.last() << dialect.grantRights();
    return steps;
}

const QStringList& networkTables() {
    static const QStringList tables{
        QStringLiteral("site"),
        QStringLiteral("app_user"),
        QStringLiteral("staff"),
        QStringLiteral("organisation"),
        QStringLiteral("contact"),
        QStringLiteral("consultation"),
        QStringLiteral("setting"),
        QStringLiteral("curriculum"),
        QStringLiteral("curriculum_topic"),
        QStringLiteral("participant"),
        QStringLiteral("consent"),
        QStringLiteral("funder"),
        QStringLiteral("programme"),
        QStringLiteral("programme_rate"),
        QStringLiteral("measure"),
        QStringLiteral("measure_location"),
        QStringLiteral("funding_share"),
        QStringLiteral("enrollment"),
        QStringLiteral("enrollment_credit"),
        QStringLiteral("session"),
        QStringLiteral("attendance"),
        QStringLiteral("certificate"),
        QStringLiteral("follow_up"),
        QStringLiteral("exam_deadline"),
        QStringLiteral("report_date"),
        QStringLiteral("serial_counter"),
        QStringLiteral("history"),
        QStringLiteral("erasure_log"),
    };
    return tables;
}

const QList<RecordSearch>& recordSearches() {
    static const QList<RecordSearch> searches{
        {QStringLiteral("participant"), QStringLiteral("participant_search"),
         QStringLiteral("participant_words"), 8},
        {QStringLiteral("organisation"), QStringLiteral("organisation_search"),
         QStringLiteral("organisation_words"), 3},
        {QStringLiteral("contact"), QStringLiteral("contact_search"),
         QStringLiteral("contact_words"), 3},
        {QStringLiteral("measure"), QStringLiteral("measure_search"),
         QStringLiteral("measure_words"), 3},
        {QStringLiteral("curriculum"), QStringLiteral("curriculum_search"),
         QStringLiteral("curriculum_words"), 3},
    };
    return searches;
}

} // namespace Verbund
