#include "statenetwork.h"

#include "domain/enrollment.h"
#include "domain/funding.h"
#include "domain/measure.h"
#include "domain/organisation.h"
#include "domain/participant.h"
#include "domain/session.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QRandomGenerator>
#include <QSqlError>

namespace Verbund {

namespace {

const QStringList firstNames{
    QStringLiteral("Anna"),    QStringLiteral("Jörg"),      QStringLiteral("Sören"),
    QStringLiteral("Lena"),    QStringLiteral("Björn"),     QStringLiteral("Käthe"),
    QStringLiteral("Mehmet"),  QStringLiteral("Ayşe"),      QStringLiteral("Jürgen"),
    QStringLiteral("Sabine"),  QStringLiteral("Olga"),      QStringLiteral("Paul"),
    QStringLiteral("Marie"),   QStringLiteral("Lukas"),     QStringLiteral("Hannah"),
    QStringLiteral("Finn"),    QStringLiteral("Özlem"),     QStringLiteral("Thomas"),
    QStringLiteral("Petra"),   QStringLiteral("Dirk"),      QStringLiteral("Ute"),
    QStringLiteral("Maik"),    QStringLiteral("Franziska"), QStringLiteral("Kevin"),
    QStringLiteral("Jana"),    QStringLiteral("René"),      QStringLiteral("Ines"),
    QStringLiteral("Steffen"), QStringLiteral("Doreen"),    QStringLiteral("Sven")};
const QStringList lastNames{
    QStringLiteral("Müller"),   QStringLiteral("Schmidt"),    QStringLiteral("Schneider"),
    QStringLiteral("Fischer"),  QStringLiteral("Weber"),      QStringLiteral("Meyer"),
    QStringLiteral("Wagner"),   QStringLiteral("Becker"),     QStringLiteral("Schulz"),
    QStringLiteral("Hoffmann"), QStringLiteral("Schäfer"),    QStringLiteral("Koch"),
    QStringLiteral("Bauer"),    QStringLiteral("Richter"),    QStringLiteral("Klein"),
    QStringLiteral("Wolf"),     QStringLiteral("Schröder"),   QStringLiteral("Neumann"),
    QStringLiteral("Schwarz"),  QStringLiteral("Zimmermann"), QStringLiteral("Braun"),
    QStringLiteral("Krüger"),   QStringLiteral("Hofmann"),    QStringLiteral("Hartmann"),
    QStringLiteral("Lange"),    QStringLiteral("Öztürk"),     QStringLiteral("Yılmaz"),
    QStringLiteral("Kowalski"), QStringLiteral("Petersen"),   QStringLiteral("Jürgensen"),
    QStringLiteral("Voß"),      QStringLiteral("Möller"),     QStringLiteral("Lüdtke"),
    QStringLiteral("Behrens"),  QStringLiteral("Wendt"),      QStringLiteral("Thiele")};
const QStringList cities{QStringLiteral("Schwerin"),         QStringLiteral("Rostock"),
                         QStringLiteral("Wismar"),           QStringLiteral("Güstrow"),
                         QStringLiteral("Neubrandenburg"),   QStringLiteral("Stralsund"),
                         QStringLiteral("Greifswald"),       QStringLiteral("Parchim"),
                         QStringLiteral("Ludwigslust"),      QStringLiteral("Hagenow"),
                         QStringLiteral("Gadebusch"),        QStringLiteral("Grevesmühlen"),
                         QStringLiteral("Bützow"),           QStringLiteral("Teterow"),
                         QStringLiteral("Waren (Müritz)"),   QStringLiteral("Neustrelitz"),
                         QStringLiteral("Anklam"),           QStringLiteral("Pasewalk"),
                         QStringLiteral("Bergen auf Rügen"), QStringLiteral("Ribnitz-Damgarten")};
const QStringList trades{QStringLiteral("Metallbau"),
                         QStringLiteral("Elektrotechnik"),
                         QStringLiteral("Kunststofftechnik"),
                         QStringLiteral("Logistik"),
                         QStringLiteral("Maschinenbau"),
                         QStringLiteral("Pflegedienst"),
                         QStringLiteral("Bäckerei"),
                         QStringLiteral("Tischlerei"),
                         QStringLiteral("Hotel"),
                         QStringLiteral("Kundenservice"),
                         QStringLiteral("Landtechnik"),
                         QStringLiteral("Schiffbau")};
const QStringList forms{QStringLiteral("GmbH"), QStringLiteral("GmbH & Co. KG"),
                        QStringLiteral("e. K."), QStringLiteral("AG"), QStringLiteral("gGmbH")};
const QStringList qualifications{QStringLiteral("Mechatroniker/in"),
                                 QStringLiteral("Kaufmann/-frau für Dialogmarketing"),
                                 QStringLiteral("Fachkraft für Lagerlogistik"),
                                 QStringLiteral("Elektroniker/in"),
                                 QStringLiteral("Verfahrensmechaniker/in Kunststofftechnik"),
                                 QStringLiteral("Pflegefachhelfer/in"),
                                 QStringLiteral("Industriemechaniker/in"),
                                 QStringLiteral("Maschinen- und Anlagenführer/in")};

// Writes rows through one prepared statement.
class Inserter final {
public:
    Inserter(const QSqlDatabase& db, const QString& sql)
        : m_query(db) {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }
    Status insert(const QVariantList& values) {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_prepared || !m_query.exec())
            return Error(ErrorCode::Database, QStringLiteral("The network could not be written."),
                         m_query.lastError().text());
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

template <typename E> QString anyKey(QRandomGenerator& random) {
    const auto entries = enumEntries<E>();
    return QString::fromLatin1(entries[random.bounded(int(entries.size()))].key);
}

} // namespace

Status fillStateNetwork(Database& database, int participants) {
    QRandomGenerator random(20261124);
    const QSqlDatabase db = database.connection();
    const QString now = timestampToSql(QDateTime(QDate(2026, 11, 1), QTime(8, 0)));
    const int organisations = std::max(participants / 10, 20);
    const int measures = std::max(participants / 20, 4);
    constexpr int sessionsPerMeasure = 10;
    constexpr int enrollmentsPerParticipant = 2;

    Transaction transaction(database);
    if (Status begun = transaction.begun(); !begun)
        return begun;
    // Brought in whole, as a copy is: without a history of its writing.
    if (auto paused =
            runSql(db, QStringLiteral("INSERT INTO history_paused (since) VALUES (NULL)"));
        !paused)
        return paused.error();

    Inserter organisation(
        db, QStringLiteral("INSERT INTO organisation (id, created_at, updated_at, name, kind, "
                           "sector, employees, street, postcode, city, membership) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int id = 1; id <= organisations; ++id) {
        const bool provider = id % 10 == 0;
        const QString city = cities.at(random.bounded(int(cities.size())));
        const QString trade = trades.at(random.bounded(int(trades.size())));
        const QString name = provider
                                 ? QStringLiteral("Bildungswerk %1 %2").arg(city).arg(id)
                                 : QStringLiteral("%1 %2 %3 (%4)")
                                       .arg(lastNames.at(random.bounded(int(lastNames.size()))),
                                            trade, forms.at(random.bounded(int(forms.size()))))
                                       .arg(id);
        if (Status written = organisation.insert(
                {id, now, now, name,
                 enumKey(provider ? OrganisationKind::EducationProvider
                                  : OrganisationKind::Company),
                 provider ? QStringLiteral("Bildung") : trade, random.bounded(1, 1200),
                 QStringLiteral("Hauptstraße %1").arg(random.bounded(1, 120)),
                 QStringLiteral("%1").arg(17000 + random.bounded(2999)), city,
                 anyKey<Membership>(random)});
            !written)
            return written;
    }

    Inserter person(
        db, QStringLiteral("INSERT INTO participant (id, created_at, updated_at, first_name, "
                           "last_name, birth_date, gender, postcode, city, employment, "
                           "employer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int id = 1; id <= participants; ++id) {
        const QString employment = anyKey<EmploymentStatus>(random);
        const bool employed = employment == enumKey(EmploymentStatus::Employed) ||
                              employment == enumKey(EmploymentStatus::Apprentice);
        if (Status written = person.insert(
                {id, now, now, firstNames.at(random.bounded(int(firstNames.size()))),
                 lastNames.at(random.bounded(int(lastNames.size()))),
                 QDate(1965, 1, 1).addDays(random.bounded(14000)).toString(Qt::ISODate),
                 anyKey<Gender>(random), QStringLiteral("%1").arg(17000 + random.bounded(2999)),
                 cities.at(random.bounded(int(cities.size()))), employment,
                 employed ? QVariant(random.bounded(1, organisations + 1)) : QVariant()});
            !written)
            return written;
    }

    Inserter measure(
        db, QStringLiteral("INSERT INTO measure (id, created_at, updated_at, title, kind, "
                           "qualification_goal, provider_id, start_date, end_date, planned_ue, "
                           "capacity, status, cost_mode, total_cost) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter session(db, QStringLiteral("INSERT INTO session (id, created_at, updated_at, "
                                        "measure_id, date, start_time, end_time, ue) "
                                        "VALUES (?, ?, ?, ?, ?, '08:00', '15:30', 8)"));
    const QDate today(2026, 11, 24);
    QList<MeasureStatus> statuses;
    for (int id = 1; id <= measures; ++id) {
        const QString goal = qualifications.at(id % qualifications.size());
        const QDate start = QDate(2024, 1, 8).addDays(random.bounded(1100));
        const QDate end = start.addMonths(6 + random.bounded(13));
        const MeasureStatus status = end < today     ? MeasureStatus::Completed
                                     : start > today ? MeasureStatus::Planned
                                                     : MeasureStatus::Running;
        statuses << status;
        const int provider = 10 * random.bounded(1, organisations / 10 + 1);
        if (Status written = measure.insert(
                {id, now, now, QStringLiteral("%1 %2/%3").arg(goal).arg(start.year()).arg(id),
                 anyKey<MeasureKind>(random), goal + QStringLiteral(" (IHK)"), provider,
                 start.toString(Qt::ISODate), end.toString(Qt::ISODate), 640, 45, enumKey(status),
                 enumKey(CostMode::Total), 100 * (20000 + random.bounded(80000))});
            !written)
            return written;
        for (int s = 0; s < sessionsPerMeasure; ++s) {
            if (Status written = session.insert({(id - 1) * sessionsPerMeasure + s + 1, now, now,
                                                 id, start.addDays(7 * s).toString(Qt::ISODate)});
                !written)
                return written;
        }
    }

    // Two enrollments per person, spread so that every measure holds about 40 people.
    Inserter enrollment(
        db, QStringLiteral("INSERT INTO enrollment (id, created_at, updated_at, measure_id, "
                           "participant_id, path, status, exam_result) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 enrollmentId = 0;
    for (int id = 1; id <= participants; ++id) {
        const int first = 1 + (id * 7919) % measures;
        for (int k = 0; k < enrollmentsPerParticipant; ++k) {
            const int measureId = 1 + (first - 1 + k * (measures / 2 + 1)) % measures;
            // As the measure stands: done and mostly passed, taking part, or registered.
            const MeasureStatus state = statuses.at(measureId - 1);
            const bool done = state == MeasureStatus::Completed;
            if (Status written = enrollment.insert(
                    {++enrollmentId, now, now, measureId, id, anyKey<EnrollmentPath>(random),
                     enumKey(done                              ? EnrollmentStatus::Completed
                             : state == MeasureStatus::Running ? EnrollmentStatus::Active
                                                               : EnrollmentStatus::Registered),
                     enumKey(!done                    ? ExamResult::None
                             : random.bounded(10) < 8 ? ExamResult::Passed
                                                      : ExamResult::Failed)});
                !written)
                return written;
        }
    }

    // Every enrolled person was marked at every session of the measure.
    if (auto marks = runSql(
            db,
            QStringLiteral("INSERT INTO attendance (enrollment_id, session_id, state, ue) "
                           "SELECT e.id, s.id, CASE WHEN (e.id + s.id) % 17 = 0 THEN ? ELSE ? "
                           "END, CASE WHEN (e.id + s.id) % 17 = 0 THEN 0 ELSE s.ue END "
                           "FROM enrollment e JOIN session s ON s.measure_id = e.measure_id"),
            {enumKey(AttendanceState::Absent), enumKey(AttendanceState::Present)});
        !marks)
        return marks.error();

    // Each measure paid 70/30 by a funder and its provider.
    Inserter funder(db, QStringLiteral("INSERT INTO funder (id, created_at, updated_at, name) "
                                       "VALUES (?, ?, ?, ?)"));
    const QStringList funders{QStringLiteral("Bundesagentur für Arbeit"),
                              QStringLiteral("Land Mecklenburg-Vorpommern (ESF Plus)"),
                              QStringLiteral("Jobcenter Westmecklenburg")};
    for (int id = 1; id <= funders.size(); ++id) {
        if (Status written = funder.insert({id, now, now, funders.at(id - 1)}); !written)
            return written;
    }
    if (auto shares = runSql(
            db,
            QStringLiteral("INSERT INTO funding_share (measure_id, position, funder_id, kind, "
                           "basis_points) SELECT id, 0, 1 + id % 3, ?, 7000 FROM measure"),
            {enumKey(ShareKind::Percent)});
        !shares)
        return shares.error();
    if (auto resumed = runSql(db, QStringLiteral("DELETE FROM history_paused")); !resumed)
        return resumed.error();
    return transaction.commit();
}

} // namespace Verbund
