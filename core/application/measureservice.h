#pragma once

#include "../common/result.h"
#include "../domain/measure.h"

namespace Verbund {

class Database;

// The measures as the window and the command line work on them: a draft is saved whole, in
// one transaction, or not at all.
class MeasureService final {
public:
    explicit MeasureService(Database& database);

    // Saves the draft. A share whose funder is an organisation that is no funder yet (a
    // negative id: minus the organisation's) makes the organisation a funder in the same
    // transaction, so that a measure that is refused leaves no new funder behind.
    Status save(Measure& draft);

private:
    Database& m_database;
};

} // namespace Verbund
