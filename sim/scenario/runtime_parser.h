// `spec.runtime` of a scenario -> sim::RuntimeConfig: latencies, image
// contents, program behaviour and per-pod overrides (docs/scenario-format.md,
// "Runtime"). Timing fields the file gives are marked `*_set` so the World
// keeps the profile's defaults for the others.
#pragma once

#include <yaml-cpp/yaml.h>

#include "sim/node/runtime_config.h"
#include "sim/scenario/yaml_reader.h"

namespace jobsim::scenario {

// node: the value of `runtime:`. Errors go to ctx.
sim::RuntimeConfig ParseRuntime(ParseContext& ctx, const YAML::Node& node);

// "0.2" -> 2/10, "1" -> 1/1: an exact ratio in [0, 1] from a decimal, never through a double.
std::optional<Ratio> ParseRatio(const std::string& text);

}  // namespace jobsim::scenario
