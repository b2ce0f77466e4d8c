#pragma once

#include "../common/result.h"
#include "recordkind.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace Verbund {

class Database;

// The network's figures of the overview and the activity report, each a chart of bars.
enum class Figure {
    CompaniesAdvised,         // organisations with a consultation in the period, by size
    ConsultationsByTopic,     // a consultation counts once for each of its topics
    ConsultationsByChannel,   //
    MembersBySize,            // members during the period
    MembersBySector,          // by WZ 2008 section
    MeasuresByStatus,         // measures running in the period
    ParticipantsByGender,     // people taking part in a measure running in the period
    ParticipantsByAge,        // age at the period's end (or today, if earlier)
    ParticipantsByEmployment, //
    TeachingUnits,            // UE of the period's sessions: planned, held (up to today)
    Attendance,               // attendance recorded for the period's sessions, by state
    ExamResults,              // exits in the period: exam passed, failed, none
    ExitsByStatus,            // exits in the period by status at exit
    HiringObligations,        // measures of the period with an obligation: met, open
    Funding,                  // money committed per funder and programme
};

// What the figures count: a period (a side open where a day is invalid) and a site (0 for
// all), as of a day (what "held" means).
struct FigureScope {
    QDate from;
    QDate to;
    qint64 siteId = 0;
    QDate today;
};

// One bar: its key (stable, to ask for its records), label and value (a count, UE, or cents).
struct FigureBar {
    QString key;
    QString label;
    qint64 value = 0;
};

// One record behind a bar: an organisation, measure or person, with a day and a word more
// (a consultation's day, a session's UE, the measure a person takes part in).
struct FigureRecord {
    qint64 id = 0;
    QString name;
    QDate date;
    QString detail;
};

// The figures counted in SQL: each figure is one set of rows (one per thing counted) and one
// condition per bar; a bar's value and its list of records come from the same rows and the
// same condition, so the list behind a bar always holds what the bar counts.
class FigureRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::FigureRepository)
public:
    explicit FigureRepository(Database& database);

    // The figures counted here (not HiringObligations and Funding, which follow the measures'
    // own rules, see PeriodMeasures).
    static bool counts(Figure figure);
    // What the records behind a figure's bars are.
    static RecordKind recordKind(Figure figure);
    // The headers of a record's day and word more for the figure; empty where it has none.
    static QString dateHeader(Figure figure);
    static QString detailHeader(Figure figure);

    // Every bar of each figure, in order, zero ones too; the figures that count the same rows
    // are counted in one query.
    Result<QHash<Figure, QList<FigureBar>>> bars(const QList<Figure>& figures,
                                                 const FigureScope& scope) const;
    // The records behind one bar, by name, a page of them.
    Result<QList<FigureRecord>> records(Figure figure, const FigureScope& scope, const QString& key,
                                        int offset, int limit) const;
    // The measures behind a bar of HiringObligations or Funding: those of the ids, by title.
    Result<QList<FigureRecord>> measures(const QList<qint64>& ids, int offset, int limit) const;

private:
    Database& m_database;
};

} // namespace Verbund
