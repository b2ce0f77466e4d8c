#include "curriculum.h"

#include <QLocale>
#include <QRegularExpression>
#include <array>

namespace Verbund {

int Curriculum::totalUe() const {
    int total = 0;
    for (const Topic& topic : topics)
        total += topic.ue;
    return total;
}

int Curriculum::totalMinutes() const {
    return totalUe() * minutesPerUe;
}

void Curriculum::insertTopic(int position, const Topic& topic) {
    topics.insert(qBound(0, position, int(topics.size())), topic);
}

void Curriculum::removeTopic(int position) {
    if (position >= 0 && position < topics.size())
        topics.removeAt(position);
}

void Curriculum::moveTopic(int from, int to) {
    if (from < 0 || from >= topics.size() || to < 0 || to >= topics.size() || from == to)
        return;
    topics.move(from, to);
}

Curriculum Curriculum::duplicateAsNewVersion() const {
    Curriculum copy = *this;
    copy.meta = {};
    copy.status = CurriculumStatus::Draft;
    copy.version = nextVersionLabel(version);
    for (Topic& topic : copy.topics)
        topic.id = 0;
    return copy;
}

QString nextVersionLabel(const QString& version) {
    static const QRegularExpression trailingNumber(QStringLiteral("^(.*?)(\\d+)$"));
    const QString trimmed = version.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("2");
    const QRegularExpressionMatch match = trailingNumber.match(trimmed);
    if (!match.hasMatch())
        return trimmed + QStringLiteral(" 2");
    const QString digits = match.captured(2);
    // Keeps leading zeros: "01" becomes "02".
    const QString next = QString::number(digits.toLongLong() + 1);
    return match.captured(1) + next.rightJustified(digits.size(), QLatin1Char('0'));
}

QStringList contentItems(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[\\n\\x{2022}]"));
    QStringList items;
    for (const QString& part : text.split(separators)) {
        if (const QString item = part.simplified(); !item.isEmpty())
            items << item;
    }
    return items;
}

QString formatHours(int minutes) {
    const double hours = minutes / 60.0;
    QString text = QLocale().toString(hours, 'f', 2);
    // "30,00" → "30", "1,50" → "1,5"
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

namespace {

constexpr std::array statusEntries{
    EnumEntry<CurriculumStatus>{CurriculumStatus::Draft, "draft",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Draft")},
    EnumEntry<CurriculumStatus>{CurriculumStatus::Approved, "approved",
                                QT_TRANSLATE_NOOP("Verbund::Enum", "Approved")},
};

} // namespace

template <> std::span<const EnumEntry<CurriculumStatus>> enumEntries() {
    return statusEntries;
}

} // namespace Verbund
