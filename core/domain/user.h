#pragma once

#include "enumtext.h"
#include "record.h"

#include <QString>

namespace Verbund {

// What a staff member may do in the network, each role all the one before may and more:
// a reader sees everything but the participants' personal data; an advisor edits the
// network (organisations, contacts, consultations) and sees the participants of the measures
// of their site; a coordinator does all of that for every site, plus measures, funding,
// programmes, certificates, deleting and erasing; an administrator also manages the users.
enum class UserRole { Reader, Advisor, Coordinator, Administrator };

// A staff member who signs in: on a server with a login of their own, in a file by the
// system's user name, which is what the history names.
struct User {
    RecordMeta meta;
    QString login;
    QString name;
    UserRole role = UserRole::Reader;
    qint64 siteId = 0; // 0 = none; an advisor sees the participants of their site's measures
    bool active = true;

    friend bool operator==(const User&, const User&) = default;
};

template <> std::span<const EnumEntry<UserRole>> enumEntries();

} // namespace Verbund
