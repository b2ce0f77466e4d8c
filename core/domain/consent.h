#pragma once

#include "enumtext.h"
#include "record.h"

#include <QDate>
#include <QString>

namespace Verbund {

// What a participant agreed to, each purpose a consent of its own (GDPR Art. 6(1)(a), 7).
enum class ConsentPurpose { Processing, FunderReporting, EmployerReporting, Photos, Newsletter };
// How the consent was given: its proof.
enum class ConsentWay { Written, Electronic, Verbal };

// One consent of a participant: given on a day in a way, to the wording of a version of the
// consent text, withdrawn on a day or still standing.
struct Consent {
    RecordMeta meta;
    qint64 participantId = 0;
    ConsentPurpose purpose = ConsentPurpose::Processing;
    QDate givenOn;
    ConsentWay how = ConsentWay::Written;
    QString textVersion; // the consent form's version or date, as printed on it
    QDate withdrawnOn;

    bool isWithdrawn() const { return withdrawnOn.isValid(); }
    friend bool operator==(const Consent&, const Consent&) = default;
};

template <> std::span<const EnumEntry<ConsentPurpose>> enumEntries();
template <> std::span<const EnumEntry<ConsentWay>> enumEntries();

} // namespace Verbund
