#pragma once

#include "enumtext.h"

namespace Verbund {

// Whose data a person's rights are about (GDPR Art. 15–17): a participant of the measures or
// a contact person of an organisation.
enum class PersonKind { Participant, Contact };

template <> std::span<const EnumEntry<PersonKind>> enumEntries();

} // namespace Verbund
