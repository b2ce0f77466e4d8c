#include "consultation.h"

#include <array>

namespace Verbund {

namespace {

constexpr std::array channelEntries{
    EnumEntry<ConsultationChannel>{ConsultationChannel::OnSite, "on_site",
                                   QT_TRANSLATE_NOOP("Verbund::Enum", "On site")},
    EnumEntry<ConsultationChannel>{ConsultationChannel::Phone, "phone",
                                   QT_TRANSLATE_NOOP("Verbund::Enum", "Phone")},
    EnumEntry<ConsultationChannel>{ConsultationChannel::Video, "video",
                                   QT_TRANSLATE_NOOP("Verbund::Enum", "Video call")},
    EnumEntry<ConsultationChannel>{ConsultationChannel::Hotline, "hotline",
                                   QT_TRANSLATE_NOOP("Verbund::Enum", "Hotline")},
    EnumEntry<ConsultationChannel>{ConsultationChannel::Event, "event",
                                   QT_TRANSLATE_NOOP("Verbund::Enum", "At an event")},
};

constexpr std::array topicEntries{
    EnumEntry<ConsultationTopic>{ConsultationTopic::NeedsAnalysis, "needs_analysis",
                                 QT_TRANSLATE_NOOP("Verbund::Enum", "Needs analysis")},
    EnumEntry<ConsultationTopic>{ConsultationTopic::Funding, "funding",
                                 QT_TRANSLATE_NOOP("Verbund::Enum", "Funding")},
    EnumEntry<ConsultationTopic>{ConsultationTopic::Qualification, "qualification",
                                 QT_TRANSLATE_NOOP("Verbund::Enum", "Qualification")},
    EnumEntry<ConsultationTopic>{ConsultationTopic::Apprenticeship, "apprenticeship",
                                 QT_TRANSLATE_NOOP("Verbund::Enum", "Apprenticeship")},
    EnumEntry<ConsultationTopic>{ConsultationTopic::Digitalisation, "digitalisation",
                                 QT_TRANSLATE_NOOP("Verbund::Enum", "Digitalisation")},
    EnumEntry<ConsultationTopic>{ConsultationTopic::Other, "other",
                                 QT_TRANSLATE_NOOP("Verbund::Enum", "Other topic")},
};

} // namespace

template <> std::span<const EnumEntry<ConsultationChannel>> enumEntries() {
    return channelEntries;
}
template <> std::span<const EnumEntry<ConsultationTopic>> enumEntries() {
    return topicEntries;
}

QString topicLabels(ConsultationTopics topics) {
    QStringList labels;
    for (ConsultationTopic topic : enumValues<ConsultationTopic>()) {
        if (topics.testFlag(topic))
            labels << enumLabel(topic);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace Verbund
