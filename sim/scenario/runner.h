// Replays a parsed scenario on a fresh World and reports what happened.
//
// Time: before each step the world runs to the step's time (every task due at
// or before it, so a step sees the cluster's reactions to earlier steps at the
// same millisecond). `at` absolute runs at that time, or at once if a wait has
// already gone past it; `+rel` is relative to the previous step's time (after a
// wait: when the wait ended); no `at` is the previous step's time. A wait
// checks its condition after every event-loop task, so it ends at the exact
// millisecond the condition first holds. After the last step the world runs to
// `until` (default: 1 s after the last step; never earlier than the last step).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "fakeapi/status.h"
#include "sim/scenario/report.h"
#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

// Command-line overrides of the file's settings.
struct RunOptions {
  std::optional<uint64_t> seed;
  std::optional<std::string> kubernetes_version;
  std::optional<int64_t> until_ms;
};

// A BadRequest when an override is invalid (an unsupported version); then nothing ran.
api::Status RunScenario(const Scenario& scenario, const RunOptions& options, Report& report);

}  // namespace jobsim::scenario
