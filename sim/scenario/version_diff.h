// `jobsim diff A B SCENARIO`: one scenario played under two Kubernetes
// versions (A and B replace its kubernetesVersion), each run's timeline
// recorded from the API (timeline_recorder.h), and the two compared
// (timeline_diff.h) for diff_render.h to print side by side.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "fakeapi/status.h"
#include "sim/scenario/runner.h"
#include "sim/scenario/scenario.h"
#include "sim/scenario/timeline.h"
#include "sim/scenario/timeline_diff.h"

namespace jobsim::scenario {

struct VersionDiff {
  std::string scenario;
  std::string file;
  Detail detail = Detail::kPods;
  RunTimeline a;  // entries: those `detail` keeps
  RunTimeline b;
  TimelineDiff diff;
  // Event reasons one run records and the other never does, whatever `detail` keeps.
  std::vector<std::string> reasons_only_a;
  std::vector<std::string> reasons_only_b;
};

// Plays the scenario under version_a, then version_b; options.seed and
// options.until_ms apply to both (options.kubernetes_version is ignored). A
// BadRequest naming the argument when a version is unsupported; then nothing ran.
api::Status DiffVersions(const Scenario& scenario, const std::string& version_a, const std::string& version_b,
                         const RunOptions& options, Detail detail, VersionDiff& out);

// The command line's `jobsim diff`.
struct DiffCommand {
  std::string version_a;
  std::string version_b;
  std::string file;
  std::optional<uint64_t> seed;  // overrides spec.seed
  std::string until;             // overrides spec.until: a duration such as 10m, or ""
  std::string detail = "pods";   // jobs, pods or all (Detail)
  std::string format = "text";   // or "json"
  int width = 100;               // text: columns of the terminal
  int context = 3;               // text: identical rows shown next to a divergence; the rest are counted
};

// Prints the comparison to out and problems to err. Returns the exit code: 0
// the timelines are identical, 1 they diverge, 2 the file or a version is invalid.
int RunDiffCommand(const DiffCommand& command, std::ostream& out, std::ostream& err);

}  // namespace jobsim::scenario
