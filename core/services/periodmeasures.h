#pragma once

#include "../domain/measure.h"
#include "../storage/measurerepository.h"

#include <QCoreApplication>
#include <QList>

namespace Verbund {

class Database;

// The measures running in a period (of one site, or all) with their figures, and what their
// funding plans share out per funder and programme and how their hiring obligations stand:
// the funding report and the network's figures count from here.
class PeriodMeasures final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::PeriodMeasures)
public:
    struct Item {
        Measure measure;
        MeasureFigures figures;
        Cents cost = 0;
        bool planValid = false; // the funding plan covers the cost exactly
    };
    // The money one funder gives through one programme (or none), and the measures it funds.
    struct Funding {
        QString funder;
        QString programme;
        Cents amount = 0;
        QList<qint64> measureIds;
    };

    // An invalid day leaves that side of the period open; site 0 for all.
    static Result<PeriodMeasures> read(Database& database, const QDate& from, const QDate& to,
                                       qint64 siteId = 0);

    QList<Item> items;             // by start and title
    QList<Funding> funding;        // by funder and programme; only measures whose plan is valid
    QStringList incomplete;        // the titles of the measures whose plan does not cover the cost
    Cents total = 0;               // the cost of the measures whose plan is valid
    QList<qint64> obligationsMet;  // measures with a hiring obligation: as many hired as due
    QList<qint64> obligationsOpen; // and those still short of it
};

} // namespace Verbund
