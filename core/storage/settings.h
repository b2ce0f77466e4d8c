#pragma once

#include "../common/result.h"
#include "../domain/followup.h"

#include <QCoreApplication>
#include <QSet>

namespace Verbund {

class Database;

// The network's own settings, kept in the database file so that every office PC opening it
// prints the same name on its reports.
class NetworkSettings final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::NetworkSettings)
public:
    explicit NetworkSettings(Database& database);

    // The name printed at the top of every report; a neutral default when none is set.
    Result<QString> networkName() const;
    Status setNetworkName(const QString& name);

    static constexpr int DefaultRetentionYears = 10;
    static constexpr int MaxRetentionYears = 50;
    static constexpr int DefaultErasureGraceDays = 30;
    static constexpr int MaxErasureGraceDays = 365;
    // How long a participant's data is kept after their last measure ended (the retention
    // review lists those past it): 10 years unless set (1 to 50).
    Result<int> retentionYears() const;
    Status setRetentionYears(int years);
    // How long Verbund's backups taken before an erasure are kept (0 to 365 days, 30 unless
    // set): until then an erasure by mistake can be undone from one, after it they are removed.
    Result<int> erasureGraceDays() const;
    Status setErasureGraceDays(int days);

    // The follow-up rules switched on: all unless switched off.
    Result<QSet<FollowUpRule>> followUpRules() const;
    Status setFollowUpRule(FollowUpRule rule, bool on);

private:
    Result<int> number(const QString& key, int fallback) const;
    Result<QString> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace Verbund
