// How `jobsim diff` prints a VersionDiff (version_diff.h).
//
// Text: a header naming both versions, then one row per moment in columns
// `t | A (1.3) | B (1.33)`. An entry both versions have at the same time is
// printed once across both columns after "="; long runs of those are counted
// on one line, keeping `context` rows next to each divergence. A row with "|"
// shows what each version has at t that the other has not then; "(B at 11.5s)"
// after an entry says that B has it too, at another time. Texts wrap inside
// their column. A summary ends it: the first divergence, how many entries
// match, each Job's final status in each version, the Event reasons only one
// version records, and how the scenario's checks did.
//
// JSON: the same rows (every row, none counted away) and summary, for tools.
#pragma once

#include <string>

#include "sim/scenario/version_diff.h"

namespace jobsim::scenario {

struct DiffLayout {
  int width = 100;  // columns; at least kMinDiffWidth
  int context = 3;  // identical rows kept before and after each divergence
};

inline constexpr int kMinDiffWidth = 60;

std::string RenderDiffText(const VersionDiff& diff, const DiffLayout& layout);
std::string RenderDiffJson(const VersionDiff& diff);

}  // namespace jobsim::scenario
