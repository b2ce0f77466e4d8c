#include "migrations.h"

namespace Verbund {

namespace {

// Columns every editable table carries (see RecordMeta).
#define VERBUND_META_COLUMNS                                                                       \
    "id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "                 \
    "revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1)"

QStringList version1() {
    return {
        QStringLiteral("PRAGMA application_id = 1447185988"), // 0x56424E44, "VBND"
        QStringLiteral("CREATE TABLE site (" VERBUND_META_COLUMNS ", "
                       "name TEXT NOT NULL, city TEXT, notes TEXT)"),
        QStringLiteral("CREATE TABLE staff (" VERBUND_META_COLUMNS ", "
                       "first_name TEXT, last_name TEXT, email TEXT, phone TEXT, "
                       "site_id INTEGER REFERENCES site(id) ON DELETE SET NULL, "
                       "active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE organisation (" VERBUND_META_COLUMNS ", "
                       "name TEXT NOT NULL CHECK (length(trim(name)) > 0), kind TEXT NOT NULL, "
                       "sector TEXT, employees INTEGER CHECK (employees >= 0), street TEXT, "
                       "postcode TEXT, city TEXT, "
                       "site_id INTEGER REFERENCES site(id) ON DELETE SET NULL, "
                       "phone TEXT, email TEXT, website TEXT, membership TEXT NOT NULL, "
                       "member_since TEXT, member_until TEXT, "
                       "advisor_id INTEGER REFERENCES staff(id) ON DELETE SET NULL, notes TEXT)"),
        QStringLiteral("CREATE INDEX organisation_name ON organisation(name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX organisation_advisor ON organisation(advisor_id)"),
        QStringLiteral("CREATE TABLE contact (" VERBUND_META_COLUMNS ", "
                       "organisation_id INTEGER NOT NULL "
                       "REFERENCES organisation(id) ON DELETE CASCADE, "
                       "first_name TEXT, last_name TEXT, function TEXT, email TEXT, phone TEXT, "
                       "notes TEXT)"),
        QStringLiteral("CREATE INDEX contact_organisation ON contact(organisation_id)"),
        QStringLiteral("CREATE TABLE consultation (" VERBUND_META_COLUMNS ", "
                       "organisation_id INTEGER NOT NULL "
                       "REFERENCES organisation(id) ON DELETE CASCADE, "
                       "date TEXT NOT NULL, "
                       "advisor_id INTEGER REFERENCES staff(id) ON DELETE SET NULL, "
                       "channel TEXT NOT NULL, topics INTEGER NOT NULL DEFAULT 0, summary TEXT, "
                       "outcome TEXT, follow_up TEXT)"),
        QStringLiteral("CREATE INDEX consultation_organisation ON consultation(organisation_id)"),
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

#undef VERBUND_META_COLUMNS

} // namespace

const QList<QStringList>& migrationSteps() {
    static const QList<QStringList> steps{version1(), version2()};
    return steps;
}

} // namespace Verbund
