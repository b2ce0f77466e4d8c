#include "folding.h"

namespace Verbund {

QString folded(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing)
            bare.append(c);
    }
    return bare.toCaseFolded().replace(QChar(0xdf), QLatin1String("ss"));
}

} // namespace Verbund
