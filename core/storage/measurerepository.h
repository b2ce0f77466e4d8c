#pragma once

#include "childrows.h"
#include "listquery.h"
#include "recordmapping.h"

namespace Verbund {

// One line of the measure list.
struct MeasureRow {
    qint64 id = 0;
    QString title;
    MeasureStatus status = MeasureStatus::Planned;
    QDate startDate;
    QDate endDate;
    int employed = 0;   // enrolled as employees of a company
    int unemployed = 0; // referred by the agency or job centre
    Cents cost = 0;
};

// The numbers of a measure: who takes part, who passed, who was hired, and where the
// hiring obligation stands.
struct MeasureFigures {
    int participants = 0; // all but cancelled enrollments
    int employed = 0;
    int referred = 0;
    int other = 0;
    int completed = 0;
    int droppedOut = 0;
    int passed = 0;
    int failed = 0;
    int hired = 0;
    int obligationRequired = 0;
    int obligationHired = 0; // referred people hired by the obligated company
};

// Measures with their places of learning and funding plan, saved as one whole.
class MeasureRepository final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::MeasureRepository)
public:
    explicit MeasureRepository(Database& database);

    // A measure's planned UE as SQL (the curriculum's total, or its own figure), for a query
    // that names the measure m: the one place the rule is written.
    static QString ueSql();

    enum Column { Title, State, Start, End, Employed, Unemployed, Cost, ColumnCount };

    // Validates (the funding plan against the cost for the current participants) and saves.
    Status save(Measure& measure);
    // With the curriculum's UE filled in when there is a curriculum.
    Result<Measure> get(qint64 id) const;
    // Refused while people are enrolled, unless told to delete their enrollments too.
    enum class EnrollmentsPolicy { Refuse, DeleteThem };
    Status remove(const Measure& measure, EnrollmentsPolicy policy = EnrollmentsPolicy::Refuse);
    // A command line's SUBJECT: an id, or the exact title of exactly one measure.
    Result<Measure> find(const QString& subject) const;

    Result<QList<MeasureRow>> list(const ListRequest& request) const;
    Result<int> count(const QString& filter) const;
    // The record's row in the list; -1 when the filter hides it.
    Result<int> position(const ListRequest& request, qint64 id) const;
    // The keys of the rows the filter leaves, in the list's order.
    Result<QList<qint64>> keys(const ListRequest& request) const;
    Result<MeasureFigures> figures(const Measure& measure) const;
    // The figures of the measures that overlap the period (as inPeriod gives them), by id, in
    // one query.
    Result<QHash<qint64, MeasureFigures>> figuresInPeriod(const QList<Measure>& measures,
                                                          const QDate& from, const QDate& to) const;
    // All measures that overlap the period (an invalid date leaves that side open).
    Result<QList<Measure>> inPeriod(const QDate& from, const QDate& to) const;
    // Measures that overlap the period; alias is "m." or empty.
    static SqlCondition overlapSql(const QDate& from, const QDate& to, const QString& alias = {});

private:
    static ListQuery listQuery(const QString& filter);
    // The figures of the measures the condition on m names, by id.
    Result<QHash<qint64, MeasureFigures>> figuresWhere(const SqlCondition& measures) const;
    // Reads the places, shares and curriculum UE of the measures, which ids (SQL giving
    // their ids, values bound) names, in three queries however many there are.
    Status readParts(QList<Measure>& measures, const SqlCondition& ids) const;

    Database& m_database;
    Repository<Measure> m_records;
    ChildRows m_locations;
    ChildRows m_shares;
};

} // namespace Verbund
