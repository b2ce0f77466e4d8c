// The overview's "Today": each list's number is the count a direct SQL query makes on the demo,
// and the attendance the rules follow up is the attendance the overview shows missing.
#include "application/followupservice.h"
#include "application/overviewservice.h"
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "tempdatabase.h"

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

int direct(Database& db, const char* sql, const QVariantList& values) {
    auto value = db.readValue(QString::fromUtf8(sql), values);
    REQUIRE(value.ok());
    return value->toInt();
}

} // namespace

TEST_CASE("the overview's numbers for a day are those counted directly, and its list of missing "
          "attendance is what the rule follows up") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    // A day in the demo's running measures, two weeks after the last attendance recorded.
    const QDate day(2026, 12, 3);
    const OverviewService overview(*db);
    const auto count = [&](TodayList list, qint64 site = 0) {
        auto counted = overview.count(list, day, site);
        REQUIRE(counted.ok());
        auto rows = overview.rows(list, day, site, 1000);
        REQUIRE(rows.ok());
        CHECK(rows->size() == *counted);
        return *counted;
    };
    const char* sessionsOn = "SELECT count(*) FROM session s JOIN measure m ON m.id = "
                             "s.measure_id WHERE s.date = ? AND m.status <> 'cancelled'";
    CHECK(count(TodayList::SessionsToday) == direct(*db, sessionsOn, {isoDate(day)}));
    CHECK(count(TodayList::SessionsToday) > 0);
    CHECK(count(TodayList::SessionsTomorrow) == direct(*db, sessionsOn, {isoDate(day.addDays(1))}));
    const int missing = direct(
        *db,
        "SELECT count(*) FROM session s JOIN measure m ON m.id = s.measure_id WHERE s.date "
        "BETWEEN ? AND ? AND m.status <> 'cancelled' AND EXISTS (SELECT 1 FROM enrollment e "
        "WHERE e.measure_id = m.id AND e.status <> 'cancelled') AND NOT EXISTS (SELECT 1 FROM "
        "attendance a WHERE a.session_id = s.id)",
        {isoDate(day.addDays(-90)), isoDate(day.addDays(-2))});
    CHECK(count(TodayList::AttendanceMissing) == missing);
    CHECK(missing >= 3);
    CHECK(count(TodayList::EndingSoon) ==
          direct(*db,
                 "SELECT count(*) FROM measure WHERE end_date BETWEEN ? AND ? AND status NOT IN "
                 "('cancelled', 'completed')",
                 {isoDate(day), isoDate(day.addDays(30))}));
    CHECK(count(TodayList::CertificatesMissing) ==
          direct(*db,
                 "SELECT count(*) FROM measure m WHERE m.end_date BETWEEN ? AND ? AND m.status "
                 "<> 'cancelled' AND EXISTS (SELECT 1 FROM enrollment e WHERE e.measure_id = "
                 "m.id AND e.status <> 'cancelled' AND NOT EXISTS (SELECT 1 FROM certificate c "
                 "WHERE c.enrollment_id = e.id))",
                 {isoDate(day.addDays(-90)), isoDate(day.addDays(-1))}));

    // The rule's follow-ups due by the day are the sessions shown without attendance.
    FollowUpService followUps(*db);
    REQUIRE(followUps.setRule(FollowUpRule::Certificates, false).ok());
    REQUIRE(followUps.setRule(FollowUpRule::Hiring, false).ok());
    REQUIRE(followUps.applyRules(day, day).ok());
    FollowUpFilter due;
    due.until = day;
    auto rows = followUps.list(due, 1000);
    REQUIRE(rows.ok());
    const int attendanceDue = int(std::count_if(rows->cbegin(), rows->cend(), [](const auto& row) {
        return row.followUp.rule == FollowUpRule::Attendance;
    }));
    CHECK(attendanceDue == missing);

    // A site's numbers are those of its measures.
    const qint64 site = direct(*db, "SELECT site_id FROM measure WHERE title = ?",
                               {QStringLiteral("Kaufmann/-frau für Dialogmarketing")});
    CHECK(count(TodayList::SessionsToday, site) ==
          direct(*db,
                 "SELECT count(*) FROM session s JOIN measure m ON m.id = s.measure_id WHERE "
                 "s.date = ? AND m.status <> 'cancelled' AND m.site_id = ?",
                 {isoDate(day), site}));
}
