#pragma once

#include "common/result.h"

#include <QString>

namespace Verbund {

class Database;

// Fills an empty database with the demo network drawn from the seeds: a plastics company of
// about 1,000 staff, a machine builder turning to service, a call centre, two providers,
// the agency, the chamber, a union, a university, with contacts and consultations.
// All in one transaction.
Status createDemoNetwork(Database& database);

} // namespace Verbund
