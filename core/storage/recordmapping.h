#pragma once

#include "../domain/consent.h"
#include "../domain/consultation.h"
#include "../domain/contact.h"
#include "../domain/curriculum.h"
#include "../domain/enrollment.h"
#include "../domain/examdeadline.h"
#include "../domain/followup.h"
#include "../domain/funding.h"
#include "../domain/measure.h"
#include "../domain/organisation.h"
#include "../domain/participant.h"
#include "../domain/reportdate.h"
#include "../domain/session.h"
#include "../domain/staff.h"
#include "../domain/user.h"
#include "repository.h"

namespace Verbund {

// The field table of each record type, in recordmapping.cpp.
template <> const FieldTable<Organisation>& RecordMapping<Organisation>::fields();
template <> const FieldTable<Contact>& RecordMapping<Contact>::fields();
template <> const FieldTable<Consultation>& RecordMapping<Consultation>::fields();
template <> const FieldTable<Staff>& RecordMapping<Staff>::fields();
template <> const FieldTable<Site>& RecordMapping<Site>::fields();
// The curriculum row; its topics are stored apart.
template <> const FieldTable<Curriculum>& RecordMapping<Curriculum>::fields();
template <> const FieldTable<Participant>& RecordMapping<Participant>::fields();
template <> const FieldTable<Funder>& RecordMapping<Funder>::fields();
// The rates are stored apart.
template <> const FieldTable<Programme>& RecordMapping<Programme>::fields();
// Locations and shares are stored apart.
template <> const FieldTable<Measure>& RecordMapping<Measure>::fields();
// The credited topics are stored apart.
template <> const FieldTable<Enrollment>& RecordMapping<Enrollment>::fields();
template <> const FieldTable<Session>& RecordMapping<Session>::fields();
template <> const FieldTable<User>& RecordMapping<User>::fields();
template <> const FieldTable<Consent>& RecordMapping<Consent>::fields();
template <> const FieldTable<FollowUp>& RecordMapping<FollowUp>::fields();
template <> const FieldTable<ExamDeadline>& RecordMapping<ExamDeadline>::fields();
template <> const FieldTable<ReportDate>& RecordMapping<ReportDate>::fields();

} // namespace Verbund
