// The objects of an `apply` or `create` step: a manifest file next to the
// scenario (one or several `---` documents), an inline object, or a list of
// inline objects. Each object is converted to JSON and decoded once with its
// kind's codec, so that a wrong type is an error before t=0 pointing at the
// manifest's line, not an API rejection later.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sim/scenario/scenario.h"
#include "sim/scenario/yaml_reader.h"

namespace jobsim::scenario {

// value: the verb's YAML value. Errors go to ctx; source is set to the path as written ("" inline).
std::vector<Manifest> LoadManifests(ParseContext& ctx, const YAML::Node& value, std::string& source);

// Decodes a manifest's object with its kind's codec (the check LoadManifests runs).
api::Status DecodeCheck(Kind kind, const Json& object);

}  // namespace jobsim::scenario
