// The runtime model of a scenario (`spec.runtime` in the scenario contract):
// latencies, what exists inside images, what commands do, and per-pod
// overrides. Parsed by sim/scenario, used by sim/node/runtime_model.
// Probabilities are exact ratios; durations are integer milliseconds.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/base/random.h"

namespace jobsim::sim {

struct RuntimeTiming {
  int64_t schedule_ms = 0;           // pod created -> bound to a node
  int64_t image_pull_ms = 1'000;     // a pull of an image that is not on the node yet
  int64_t container_start_ms = 500;  // created -> running (or -> start failure)
  bool schedule_set = false, image_pull_set = false, container_start_set = false;  // given in the file
};

struct ImageSpec {
  std::vector<std::string> executables;
};

// How a program reacts to the SIGTERM the kubelet sends when it stops the
// container (sim/node/graceful_stop.h plays it against the grace period).
struct SigtermHandling {
  enum class Kind {
    kIgnore,  // PID 1 without a handler (every built-in): runs on until SIGKILL
    kDie,     // the signal's default action: exits at once, 128 + 15 = 143
    kTrap,    // a handler that exits with exit_code after after_ms
  };
  Kind kind = Kind::kIgnore;
  int64_t after_ms = 0;
  int32_t exit_code = 0;
};

// What one run of a container does.
struct RunOutcome {
  int64_t runs_ms = 0;
  int32_t exit_code = 0;
  std::string stdout_text;
  std::string reason;  // terminated reason override, e.g. OOMKilled
  bool runs_forever = false;  // a long-running server
  SigtermHandling sigterm;
};

struct ProgramRule {
  std::vector<std::string> command;  // exact argv match (command + args), or empty
  std::string executable;            // or: any argv whose first word is this
  RunOutcome outcome;
};

struct PodMatch {
  std::map<std::string, std::string> labels;
  std::string job;
  std::optional<int32_t> index;
  std::string container;
};

struct PodOverride {
  PodMatch match;
  std::vector<RunOutcome> attempts;  // successive runs; the last entry repeats
  std::optional<Ratio> failure_rate;  // seeded: an attempt exits 1 instead
};

struct RuntimeConfig {
  RuntimeTiming timing;
  std::map<std::string, ImageSpec> images;  // by repository base name or full name
  std::vector<ProgramRule> programs;        // first match wins
  std::vector<PodOverride> pods;
};

}  // namespace jobsim::sim
