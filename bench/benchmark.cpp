#include "benchmark.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ; // NOLINT: POSIX

namespace Verbund {

double Benchmark::time(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

std::pair<double, double> Benchmark::alternate(int runs, const std::function<void()>& verbund,
                                               const std::function<void()>& baseline) {
    QList<double> ours;
    QList<double> theirs;
    for (int run = 0; run < runs; ++run) {
        ours << time(verbund);
        theirs << time(baseline);
    }
    return {median(ours), median(theirs)};
}

double Benchmark::median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

ChildRun Benchmark::run(const QString& program, const QStringList& arguments) {
    QList<QByteArray> strings{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        strings << argument.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& string : strings)
        argv.push_back(string.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun result;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) == 0) {
        // The program's own peak is its VmHWM, read while it runs: the peak that wait4 reports
        // would include this benchmark's, whose memory the spawned child starts from.
        const QString status = QStringLiteral("/proc/%1/status").arg(pid);
        int exit = 0;
        while (waitpid(pid, &exit, WNOHANG) == 0) {
            QFile file(status);
            if (file.open(QIODevice::ReadOnly)) {
                for (const QByteArray& line : file.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        result.peakMiB =
                            std::max(result.peakMiB,
                                     line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0);
                }
            }
            usleep(2000);
        }
        result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
        result.exitCode = WIFEXITED(exit) ? WEXITSTATUS(exit) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    return result;
}

double Benchmark::ownPeakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QString Benchmark::milliseconds(double value) {
    if (value >= 10000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 0);
}

QString Benchmark::ratio(double verbund, double baseline) {
    return baseline > 0 ? QStringLiteral("%1×").arg(verbund / baseline, 0, 'f', 2)
                        : QStringLiteral("—");
}

int Benchmark::print(QTextStream& out) const {
    QList<int> widths{6, 7, 8, 5, 4};
    for (const Measurement& figure : m_figures) {
        const QStringList cells{figure.name, figure.verbund, figure.baseline, figure.ratio,
                                figure.goal};
        for (int i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths.at(i), int(cells.at(i).size()));
    }
    const auto line = [&](const QStringList& cells, const QString& mark) {
        for (int i = 0; i < cells.size(); ++i)
            out << cells.at(i).leftJustified(widths.at(i)) << " | ";
        out << mark << Qt::endl;
    };
    line({QStringLiteral("figure"), QStringLiteral("Verbund"), QStringLiteral("baseline"),
          QStringLiteral("ratio"), QStringLiteral("goal")},
         QStringLiteral("met"));
    int missed = 0;
    for (const Measurement& figure : m_figures) {
        line({figure.name, figure.verbund, figure.baseline, figure.ratio, figure.goal},
             figure.met ? QStringLiteral("yes") : QStringLiteral("NO"));
        missed += figure.met ? 0 : 1;
    }
    return missed;
}

} // namespace Verbund
