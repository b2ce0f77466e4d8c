#include "readfailures.h"

namespace Verbund {

ReadFailures& ReadFailures::instance() {
    static ReadFailures failures;
    return failures;
}

void ReadFailures::report(const Error& error) {
    const QString message = error.fullText();
    if (m_told.contains(message))
        return;
    m_told.insert(message);
    emit failed(message, error.code() == ErrorCode::Damaged);
}

void ReadFailures::reset() {
    m_told.clear();
}

} // namespace Verbund
