#include "funding.h"

namespace Verbund {

std::optional<int> Programme::rateFor(int employees) const {
    std::optional<int> rate;
    int band = -1;
    for (const ProgrammeRate& r : rates) {
        if (r.minEmployees <= employees && r.minEmployees > band) {
            band = r.minEmployees;
            rate = r.basisPoints;
        }
    }
    return rate;
}

} // namespace Verbund
