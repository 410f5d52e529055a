// How a scenario report writes virtual times and durations: seconds with the
// fraction only when needed ("0s", "60s", "630.5s", "0.001s"). One unit
// everywhere keeps transcripts easy to compare by eye and by diff.
#pragma once

#include <cstdint>
#include <string>

namespace jobsim::scenario {

std::string FormatSeconds(int64_t ms);

}  // namespace jobsim::scenario
