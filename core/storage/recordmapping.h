#pragma once

#include "../domain/consultation.h"
#include "../domain/contact.h"
#include "../domain/curriculum.h"
#include "../domain/enrollment.h"
#include "../domain/funding.h"
#include "../domain/measure.h"
#include "../domain/organisation.h"
#include "../domain/participant.h"
#include "../domain/session.h"
#include "../domain/staff.h"
#include "repository.h"

namespace Verbund {

#define VERBUND_DECLARE_RECORD_MAPPING(Type)                                                       \
    template <> struct RecordMapping<Type> {                                                       \
        static QString table();                                                                    \
        static QStringList columns();                                                              \
        static QVariantList values(const Type& record);                                            \
        static Type read(const QSqlQuery& query);                                                  \
    };

VERBUND_DECLARE_RECORD_MAPPING(Organisation)
VERBUND_DECLARE_RECORD_MAPPING(Contact)
VERBUND_DECLARE_RECORD_MAPPING(Consultation)
VERBUND_DECLARE_RECORD_MAPPING(Staff)
VERBUND_DECLARE_RECORD_MAPPING(Site)
VERBUND_DECLARE_RECORD_MAPPING(Curriculum) // the curriculum row; its topics are stored apart
VERBUND_DECLARE_RECORD_MAPPING(Participant)
VERBUND_DECLARE_RECORD_MAPPING(Funder)
VERBUND_DECLARE_RECORD_MAPPING(Programme)  // the rates are stored apart
VERBUND_DECLARE_RECORD_MAPPING(Measure)    // locations and shares are stored apart
VERBUND_DECLARE_RECORD_MAPPING(Enrollment) // the credited topics are stored apart
VERBUND_DECLARE_RECORD_MAPPING(Session)

#undef VERBUND_DECLARE_RECORD_MAPPING

} // namespace Verbund
