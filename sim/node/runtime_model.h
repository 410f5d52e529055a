// What one run of a container does: pure given the scenario's runtime section,
// the profile's container runtime and one seeded random stream.
//
// Precedence for a container about to start:
//   1. the first `pods` override whose match fits (labels, job, completion
//      index, container): its `attempts` (counted per override, in the order
//      runs are requested; the last entry repeats) give the run, and
//      `failureRate` may turn the run into exit 1 (seeded stream
//      "runtime-outcomes");
//   2. the image: a scenario `images` entry (full name, name without tag, or
//      repository base name), else the built-in catalogue; an argv[0] the image
//      lacks fails to start the era's way (sim/node/start_failure.h);
//   3. the first `programs` rule matching the exact argv or argv[0];
//   4. the built-in programs (sim/node/builtin_programs.h); an image nobody
//      knows runs any command for kUnmodeledRunMs (5 s) and exits 0.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "sim/base/random.h"
#include "sim/node/image_catalogue.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/runtime_config.h"
#include "sim/node/start_failure.h"

namespace jobsim::sim {

// Either the runtime could not start the process (start_failure set) or the
// process runs as `outcome` says.
struct ContainerRun {
  std::optional<StartFailure> start_failure;
  RunOutcome outcome;
};

class RuntimeModel {
 public:
  RuntimeModel(const RuntimeConfig& config, const KubeletRules& rules, uint64_t seed);
  RuntimeModel(const RuntimeModel&) = delete;
  RuntimeModel& operator=(const RuntimeModel&) = delete;

  // Decides the next run of `container` in `pod`. Advances the override's
  // attempt counter and, with a failure rate, the random stream.
  ContainerRun NextRun(const api::Pod& pod, const api::Container& container);

  // The size a pull of `image` reports (Pulled event), fixed per image name.
  uint64_t ImageSizeBytes(const std::string& image) const;

 private:
  // What jobsim knows about the image, or nullopt for an unknown image.
  std::optional<ImageFacts> Facts(const std::string& image) const;
  ContainerRun BaseRun(const api::Container& container);
  RunOutcome ApplyFailureRate(const PodOverride& override, RunOutcome outcome);

  RuntimeConfig config_;
  ContainerRuntime runtime_;
  Random outcomes_;
  std::vector<size_t> attempts_taken_;  // per config_.pods entry
};

// argv as the runtime executes it: command + args, or the image's default
// command when the container gives neither, or args alone.
std::vector<std::string> ContainerArgv(const api::Container& container, const ImageFacts* image);

// Whether `match` selects this container of this pod ({} selects all).
bool PodMatches(const PodMatch& match, const api::Pod& pod, const api::Container& container);

}  // namespace jobsim::sim
