#include "error.h"

#include <QCoreApplication>

namespace Verbund {

Error::Error(ErrorCode code, QString message, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail)) {}

Error Error::validation(QList<FieldError> fieldErrors, QString message) {
    Error error(ErrorCode::Validation,
                message.isEmpty() ? QCoreApplication::translate("Verbund::Error",
                                                                "Please correct the marked fields.")
                                  : std::move(message));
    error.m_fieldErrors = std::move(fieldErrors);
    return error;
}

QString Error::messageFor(const QString& field) const {
    for (const FieldError& e : m_fieldErrors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QString Error::fullText() const {
    QStringList lines{m_message};
    for (const FieldError& e : m_fieldErrors)
        lines << QStringLiteral("  - ") + e.message;
    if (!m_detail.isEmpty())
        lines << QStringLiteral("  (") + m_detail + QLatin1Char(')');
    return lines.join(QLatin1Char('\n'));
}

} // namespace Verbund
