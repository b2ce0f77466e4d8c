#pragma once

#include "../domain/consultation.h"
#include "../domain/contact.h"
#include "../domain/curriculum.h"
#include "../domain/organisation.h"
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

#undef VERBUND_DECLARE_RECORD_MAPPING

} // namespace Verbund
