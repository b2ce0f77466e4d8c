#pragma once

#include "enumtext.h"
#include "record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Verbund {

enum class CurriculumStatus { Draft, Approved };

// The limits the validation enforces and the editors offer.
inline constexpr int MinTopicUe = 1;
inline constexpr int MaxTopicUe = 1000;
// More than a curriculum of several years holds: a total above this is a typing error.
inline constexpr int MaxCurriculumUe = 10000;
inline constexpr int MinMinutesPerUe = 1;
inline constexpr int MaxMinutesPerUe = 240;
inline constexpr int DefaultMinutesPerUe = 45;

// One row of a curriculum: a topic, what it covers, and its teaching units.
struct Topic {
    qint64 id = 0; // stable across saves, so that measures and sessions can refer to it
    QString title;
    QStringList contents; // the items, in order
    int ue = 1;

    friend bool operator==(const Topic&, const Topic&) = default;
};

// A curriculum the network wrote: ordered topics with their teaching units (UE). The total
// and the hours are always derived from the topics, never typed in.
struct Curriculum {
    RecordMeta meta;
    QString title;
    QString targetGroup;
    QString goal;
    int minutesPerUe = DefaultMinutesPerUe;
    CurriculumStatus status = CurriculumStatus::Draft;
    QString version = QStringLiteral("1");
    QList<Topic> topics;

    int totalUe() const;
    // UE × minutes per UE; hours are this divided by 60.
    int totalMinutes() const;

    void insertTopic(int position, const Topic& topic);
    void removeTopic(int position);
    // Moves the topic at from so that it ends up at position to.
    void moveTopic(int from, int to);

    // A copy to be saved as a new record: the next version, a draft, the same topics.
    Curriculum duplicateAsNewVersion() const;

    friend bool operator==(const Curriculum&, const Curriculum&) = default;
};

// "2" after "1", "1.1" after "1.0", "2026-2" after "2026-1"; "Entwurf 2" after "Entwurf".
QString nextVersionLabel(const QString& version);

// The items of a contents text: one per line, or separated by "•" as in many Word tables.
QStringList contentItems(const QString& text);

// Minutes as hours in the user's language: "30", "1,5", "12,75".
QString formatHours(int minutes);

template <> std::span<const EnumEntry<CurriculumStatus>> enumEntries();

} // namespace Verbund
