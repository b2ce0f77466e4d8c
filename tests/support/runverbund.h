#pragma once

#include <QStringList>

class QProcess;

namespace Verbund::Testing {

// What a run of the real `verbund` binary printed and returned.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the binary built with the tests (offscreen), waiting up to 30 seconds.
Run verbund(const QStringList& arguments);
// Starts it, for a run beside the test's own work; finished waits for its end.
void startVerbund(QProcess& process, const QStringList& arguments);
Run finished(QProcess& process);

// The text pdftotext reads from the PDF (in layout mode); pages counted from 1, 0 for all.
QString pdfText(const QString& path, int firstPage = 0, int lastPage = 0);
// The number of pages, as pdfinfo reads it.
int pdfPageCount(const QString& path);

} // namespace Verbund::Testing
