#pragma once

#include "common/result.h"

namespace Verbund {

class Database;

// The seed's measures on top of the demo network: the plastics retraining (28 = 10 + 18,
// 70/30, all passed, all hired), the mechatronics external exam (3 employees, WeGebAU), the
// dialogue-marketing qualification (12 people), and a course on the trainers' curriculum;
// with funders, programmes (the QCG rates as data) and invented participants.
Status createDemoMeasures(Database& database);

} // namespace Verbund
