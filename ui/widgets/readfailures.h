#pragma once

#include "common/error.h"

#include <QObject>
#include <QSet>

namespace Verbund {

// Where a read that fails while filling a choice or a field goes, instead of leaving the box
// empty without a word: the window tells the user once for each message.
class ReadFailures final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadFailures)
public:
    static ReadFailures& instance();

    void report(const Error& error);
    // The messages told are forgotten: the next failure of the same kind is told again.
    void reset();

signals:
    // Once for each message until reset(); damaged when the file itself is (a backup helps).
    void failed(const QString& message, bool damaged);

private:
    ReadFailures() = default;
    QSet<QString> m_told;
};

} // namespace Verbund
