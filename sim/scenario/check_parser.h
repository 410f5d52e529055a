// The checks of an `expect` step, and the value tests that `wait` shares with
// them (docs/scenario-format.md, "Checks"). The keys of a check say what it
// is: `object` + `field` | `condition` | `exists`, `objects`, `events`,
// `time`, `kubectl`.
#pragma once

#include <yaml-cpp/yaml.h>

#include "sim/scenario/scenario.h"
#include "sim/scenario/yaml_reader.h"

namespace jobsim::scenario {

// One check (a map in the `expect` list).
std::optional<Check> ParseCheck(ParseContext& ctx, const YAML::Node& node, const std::string& path);

// equals / atLeast / atMost / matches / exists from r; `required` makes "none given" an error.
ValueTest ParseValueTest(ParseContext& ctx, MapReader& r, bool required);

// `count: 41` or `count: {atLeast: N, atMost: M}`; absent = at least 1.
CountTest ParseCount(ParseContext& ctx, const YAML::Node& node, const std::string& path);

// An object reference (`job/pi`) or a resource name (`pods`) with the error at node.
std::optional<ObjectRef> ReadObjectRef(ParseContext& ctx, const YAML::Node& node, const std::string& path);
std::optional<ResourceRef> ReadResource(ParseContext& ctx, const YAML::Node& node, const std::string& path);
// A kubectl command line as typed after `kubectl` (a leading `kubectl` is dropped), split like a shell.
void ReadKubectlCommand(ParseContext& ctx, const YAML::Node& node, const std::string& path, std::string& command,
                        std::vector<std::string>& args);
// A field path (field_path.h), checked for syntax.
std::optional<std::string> ReadFieldPath(ParseContext& ctx, const YAML::Node& node, const std::string& path);
std::optional<Pattern> ReadPattern(ParseContext& ctx, const YAML::Node& node, const std::string& path);

}  // namespace jobsim::scenario
