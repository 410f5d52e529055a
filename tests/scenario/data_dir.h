// Where the scenario tests' data files live (tests/scenario/data/), for every
// test that loads one.
#pragma once

#include <string>

namespace jobsim::scenario::test {

inline const std::string kDataDir = std::string(JOBSIM_SOURCE_DIR) + "/tests/scenario/data/";

}  // namespace jobsim::scenario::test
