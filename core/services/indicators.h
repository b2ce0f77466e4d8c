#pragma once

#include "../storage/indicatorrepository.h"
#include "csvwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Verbund {

// The participant figures funders ask for (ESF Plus style), counted from the entries into and
// exits from measures of a scope: entries by gender, age group, employment status at entry
// and education; exits by status at exit and by qualification gained; the companies supported
// (the entrants' employers) by size class and WZ 2008 section. Every table of entries adds up
// to the entries, with a line for what is not stated; the people whose data lack what a
// table needs are listed, never guessed.
class Indicators final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::Indicators)
public:
    struct Line {
        QString label;
        int count = 0;
    };
    struct Table {
        QString title;
        QList<Line> lines;
        int total() const;
    };
    // A person whose data lack what the statistics need.
    struct Missing {
        QString name;
        QString measure;
        QStringList fields;
    };

    static Indicators count(const QList<IndicatorEntry>& entries,
                            const QList<IndicatorExit>& exits);
    static Result<Indicators> read(Database& database, const IndicatorScope& scope);
    // As the funder's template takes them: one row per table and line (table; line; count),
    // then the people with missing data.
    void write(CsvWriter& csv) const;

    int entries = 0;
    int exits = 0;
    int companies = 0;
    QList<Table> entryTables;   // each adds up to `entries`
    QList<Table> exitTables;    // each adds up to `exits`
    QList<Table> companyTables; // each adds up to `companies`
    QList<Missing> missing;

    // Whole years between the birth and the day; from the year alone when only that is known
    // (an erased person's); none when neither is.
    static std::optional<int> ageOn(const QDate& day, const QDate& birthDate,
                                    std::optional<int> birthYear);
};

} // namespace Verbund
