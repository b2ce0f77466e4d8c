#include "settings.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <algorithm>

namespace Verbund {

namespace {

const QString networkNameKey = QStringLiteral("network_name");
const QString retentionYearsKey = QStringLiteral("retention_years");
const QString erasureGraceDaysKey = QStringLiteral("erasure_grace_days");

} // namespace

NetworkSettings::NetworkSettings(Database& database)
    : m_database(database) {}

Result<QString> NetworkSettings::networkName() const {
    auto name = value(networkNameKey);
    if (name && name->trimmed().isEmpty())
        return tr("Training network");
    return name;
}

Status NetworkSettings::setNetworkName(const QString& name) {
    return setValue(networkNameKey, name.simplified());
}

Result<int> NetworkSettings::retentionYears() const {
    return number(retentionYearsKey, DefaultRetentionYears);
}

Status NetworkSettings::setRetentionYears(int years) {
    return setValue(retentionYearsKey, QString::number(std::clamp(years, 1, MaxRetentionYears)));
}

Result<int> NetworkSettings::erasureGraceDays() const {
    return number(erasureGraceDaysKey, DefaultErasureGraceDays);
}

Status NetworkSettings::setErasureGraceDays(int days) {
    return setValue(erasureGraceDaysKey, QString::number(std::clamp(days, 0, MaxErasureGraceDays)));
}

Result<QSet<FollowUpRule>> NetworkSettings::followUpRules() const {
    QSet<FollowUpRule> on;
    for (const FollowUpRule rule : switchableRules()) {
        auto value = number(QStringLiteral("follow_up_rule_") + enumKey(rule), 1);
        if (!value)
            return value.error();
        if (*value != 0)
            on.insert(rule);
    }
    return on;
}

Status NetworkSettings::setFollowUpRule(FollowUpRule rule, bool on) {
    return setValue(QStringLiteral("follow_up_rule_") + enumKey(rule), QString::number(on ? 1 : 0));
}

Result<int> NetworkSettings::number(const QString& key, int fallback) const {
    auto text = value(key);
    if (!text)
        return text.error();
    bool isNumber = false;
    const int number = text->toInt(&isNumber);
    return isNumber ? number : fallback;
}

Result<QString> NetworkSettings::value(const QString& key) const {
    auto found = m_database.readValue(
        QStringLiteral("SELECT coalesce((SELECT value FROM setting WHERE key = ?), '')"), {key});
    if (!found)
        return found.error();
    return found->toString();
}

Status NetworkSettings::setValue(const QString& key, const QString& value) {
    if (Status allowed = m_database.permits(QStringLiteral("setting"), Access::Write); !allowed)
        return allowed;
    Transaction transaction(m_database);
    if (!transaction.begun())
        return transaction.begun();
    auto written = runSql(m_database.connection(),
                          QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, value});
    if (!written)
        return written.error();
    m_database.noteChange(RecordKind::Setting, 0);
    return transaction.commit();
}

} // namespace Verbund
