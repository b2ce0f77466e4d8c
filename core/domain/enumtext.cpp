#include "enumtext.h"

#include <QTranslator>

namespace Verbund {

QString germanEnumLabel(const char* label) {
    static const auto german = [] {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/verbund_de.qm")))
            translator.reset();
        return translator;
    }();
    const QString translated = german ? german->translate("Verbund::Enum", label) : QString();
    return translated.isEmpty() ? QString::fromUtf8(label) : translated;
}

} // namespace Verbund
