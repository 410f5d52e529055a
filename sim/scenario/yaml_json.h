// YAML -> JSON, the way Kubernetes clients read manifests: plain scalars are
// resolved by the YAML 1.2 core schema (null, true/false, integers, floats),
// quoted scalars stay strings. Map keys are always strings. Pure functions.
#pragma once

#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

#include "fakeapi/types.h"

namespace jobsim::scenario {

// REQUIRES: node is defined.
api::Json YamlToJson(const YAML::Node& node);

// The JSON value of one scalar's text: `41` -> 41, `"41"` (quoted) -> "41".
api::Json ResolveScalar(const std::string& text, bool quoted);

// 1-based line of a node; 0 when yaml-cpp has no position for it.
int LineOf(const YAML::Node& node);

}  // namespace jobsim::scenario
