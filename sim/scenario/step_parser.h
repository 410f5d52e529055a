// `spec.steps` of a scenario: each step has `at` (absolute, `+relative`, or
// omitted), exactly one verb, and on mutating verbs an optional
// `expectError`. Time order is checked where it is known before the run: an
// absolute `at` earlier than the previous step is an error.
#pragma once

#include <vector>

#include <yaml-cpp/yaml.h>

#include "sim/scenario/scenario.h"
#include "sim/scenario/yaml_reader.h"

namespace jobsim::scenario {

// The verbs, in the order the docs list them.
const std::vector<std::string>& Verbs();

// node: the value of `steps:`. Errors go to ctx.
std::vector<Step> ParseSteps(ParseContext& ctx, const YAML::Node& node);

}  // namespace jobsim::scenario
