#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QFlags>
#include <QString>

namespace Verbund {

enum class ConsultationChannel { OnSite, Phone, Video, Hotline, Event };

// What a consultation was about; several at once. The bit values are stored in the database
// and must never change.
enum class ConsultationTopic {
    NeedsAnalysis = 0x01,
    Funding = 0x02,
    Qualification = 0x04,
    Apprenticeship = 0x08,
    Digitalisation = 0x10,
    Other = 0x20,
};
Q_DECLARE_FLAGS(ConsultationTopics, ConsultationTopic)
Q_DECLARE_OPERATORS_FOR_FLAGS(ConsultationTopics)

// One advisory contact with an organisation.
struct Consultation {
    RecordMeta meta;
    qint64 organisationId = 0;
    QDate date;
    qint64 advisorId = 0; // 0 = none recorded
    ConsultationChannel channel = ConsultationChannel::OnSite;
    ConsultationTopics topics;
    QString summary;
    QString outcome;
    QDate followUp;

    friend bool operator==(const Consultation&, const Consultation&) = default;
};

// The topics' labels in the user's language, joined with ", ".
QString topicLabels(ConsultationTopics topics);

template <> std::span<const EnumEntry<ConsultationChannel>> enumEntries();
template <> std::span<const EnumEntry<ConsultationTopic>> enumEntries();

} // namespace Verbund
