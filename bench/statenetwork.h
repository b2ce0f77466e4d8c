#pragma once

#include "common/result.h"

namespace Verbund {

class Database;

// A state-wide network for measuring Verbund at scale, the same every time for the same
// size: per 100,000 participants 10,000 organisations (every tenth an education provider),
// 5,000 measures of 10 held sessions each, 200,000 enrollments and 2,000,000 attendance
// marks, with German names and places. Written with prepared statements in one transaction
// into an empty database, without a history of changes (as a copy brings a network in);
// `verbund check` accepts the result.
Status fillStateNetwork(Database& database, int participants);

} // namespace Verbund
