#include "rights.h"

#include <QHash>

namespace Verbund {

namespace {

struct TableRights {
    std::optional<UserRole> write;
    std::optional<UserRole> remove;
};

const QHash<QString, TableRights>& rights() {
    static const QHash<QString, TableRights> tables = [] {
        QHash<QString, TableRights> all;
        // The network: advisors keep it, only coordinators delete from it.
        for (const char* table : {"organisation", "contact", "consultation"})
            all.insert(QLatin1String(table), {UserRole::Advisor, UserRole::Coordinator});
        // Advisors keep their follow-ups, made by hand or by a rule, and remove them.
        all.insert(QStringLiteral("follow_up"), {UserRole::Advisor, UserRole::Advisor});
        for (const char* table : {"site",
                                  "staff",
                                  "setting",
                                  "curriculum",
                                  "curriculum_topic",
                                  "participant",
                                  "funder",
                                  "programme",
                                  "programme_rate",
                                  "measure",
                                  "measure_location",
                                  "funding_share",
                                  "enrollment",
                                  "enrollment_credit",
                                  "session",
                                  "attendance",
                                  "certificate",
                                  "serial_counter",
                                  "search_deferred",
                                  "consent",
                                  "exam_deadline",
                                  "report_date"})
            all.insert(QLatin1String(table), {UserRole::Coordinator, UserRole::Coordinator});
        all.insert(QStringLiteral("app_user"), {UserRole::Administrator, UserRole::Administrator});
        all.insert(QStringLiteral("history"), {std::nullopt, std::nullopt});
        // Written by an erasure, which is a coordinator's (mayErase), never deleted from.
        all.insert(QStringLiteral("erasure_log"), {UserRole::Coordinator, std::nullopt});
        all.insert(QStringLiteral("history_paused"), {std::nullopt, std::nullopt});
        return all;
    }();
    return tables;
}

} // namespace

std::optional<UserRole> roleNeeded(const QString& table, Access access) {
    Q_ASSERT_X(rights().contains(table), "roleNeeded", "a table without rights");
    const TableRights needed = rights().value(table, {std::nullopt, std::nullopt});
    return access == Access::Write ? needed.write : needed.remove;
}

bool roleAllows(UserRole role, const QString& table, Access access) {
    const std::optional<UserRole> needed = roleNeeded(table, access);
    return needed && role >= *needed;
}

bool seesParticipants(UserRole role) {
    return role >= UserRole::Advisor;
}

bool mayErase(UserRole role) {
    return role >= UserRole::Coordinator;
}

const QStringList& tablesWithRights() {
    static const QStringList tables = [] {
        QStringList names = rights().keys();
        names.sort();
        return names;
    }();
    return tables;
}

const QStringList& personalColumns(const QString& table) {
    static const QStringList participant{QStringLiteral("first_name"),
                                         QStringLiteral("last_name"),
                                         QStringLiteral("birth_date"),
                                         QStringLiteral("email"),
                                         QStringLiteral("phone"),
                                         QStringLiteral("postcode"),
                                         QStringLiteral("city"),
                                         QStringLiteral("prior_qualification"),
                                         QStringLiteral("entry_conditions"),
                                         QStringLiteral("consent_date"),
                                         QStringLiteral("notes")};
    static const QStringList enrollment{QStringLiteral("notes")};
    static const QStringList none;
    return table == QLatin1String("participant")  ? participant
           : table == QLatin1String("enrollment") ? enrollment
                                                  : none;
}

} // namespace Verbund
