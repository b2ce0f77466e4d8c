#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QTextStream;

namespace Verbund {

// One line of the benchmark's table: what was measured, Verbund's figure, the raw baseline's,
// their ratio, the goal and whether it is met. `time` is Verbund's time in milliseconds, which
// the scaling check compares between two sizes.
struct Measurement {
    QString name;
    QString verbund;
    QString baseline;
    QString ratio;
    QString goal;
    bool met = true;
    double time = 0;
};

// A run of another program: its time, its peak memory and how it ended.
struct ChildRun {
    double milliseconds = 0;
    double peakMiB = 0;
    int exitCode = -1;
};

// Timing helpers and the table of figures.
class Benchmark final {
public:
    // Milliseconds one call takes.
    static double time(const std::function<void()>& work);
    // Runs both alternately and returns their median milliseconds: Verbund's, the baseline's.
    static std::pair<double, double> alternate(int runs, const std::function<void()>& verbund,
                                               const std::function<void()>& baseline);
    static double median(QList<double> values);
    // Runs the program with its arguments, its output thrown away, and measures it.
    static ChildRun run(const QString& program, const QStringList& arguments);
    // This process's own peak memory so far.
    static double ownPeakMiB();

    static QString milliseconds(double value);
    static QString ratio(double verbund, double baseline);

    void add(Measurement figure) { m_figures << std::move(figure); }
    const QList<Measurement>& figures() const { return m_figures; }
    // Prints the table; returns how many goals were missed.
    int print(QTextStream& out) const;

private:
    QList<Measurement> m_figures;
};

} // namespace Verbund
