#pragma once

#include "../storage/figurerepository.h"

#include <QCoreApplication>
#include <QList>

namespace Verbund {

class Database;

// One figure of the network as a chart: its bars, and its headline (a total or a rate).
struct FigureChart {
    Figure figure = Figure::CompaniesAdvised;
    QString title;
    QString summary;
    QList<FigureBar> bars;
    bool money = false; // the values are cents

    qint64 total() const;
    // A bar's value as the chart and the report show it: a number, or an amount of euros.
    QString valueText(qint64 value) const;
};

// The network's figures for a period and a site: what the overview's charts show and the
// activity report prints, counted once. Each bar's records are the list behind it.
class NetworkFigures final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::NetworkFigures)
public:
    // Every figure, in the order they are shown.
    static QList<Figure> all();

    static Result<QList<FigureChart>> read(Database& database, const FigureScope& scope);
    // The records behind one bar (by its key), a page of them.
    static Result<QList<FigureRecord>> records(Database& database, Figure figure,
                                               const FigureScope& scope, const QString& key,
                                               int offset, int limit);
};

} // namespace Verbund
