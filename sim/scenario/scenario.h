// A scenario after parsing: plain data, validated, with every manifest loaded
// and every duration in milliseconds. The parser (parser.h) builds it from the
// YAML file described in docs/scenario-format.md; the runner (runner.h)
// replays it. Each step and check remembers where it was written so that a
// report can point at the line.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <variant>
#include <vector>

#include "fakeapi/patch.h"
#include "fakeapi/store.h"
#include "fakeapi/types.h"
#include "sim/base/clock.h"
#include "sim/node/runtime_config.h"
#include "sim/scenario/object_ref.h"

namespace jobsim::scenario {

using Json = api::Json;

// Where something was written; line is 1-based.
struct Location {
  std::string file;
  int line = 0;
  std::string Prefix() const { return file + ":" + std::to_string(line); }
};

// A regular expression (ECMAScript syntax), compiled once at parse time.
struct Pattern {
  std::string text;
  std::shared_ptr<const std::regex> re;
};

// equals / atLeast / atMost / matches / exists, applied to one JSON value.
struct ValueTest {
  std::optional<Json> equals;
  std::optional<Json> at_least;  // numbers
  std::optional<Json> at_most;
  std::optional<Pattern> matches;
  std::optional<bool> exists;
};

// A dotted path into an object as the API returns it, and a test of its value.
// An empty path means the object itself (`exists: false` = the object is gone).
struct FieldTest {
  std::string field;
  ValueTest test;
};

// `count: 41` or `count: {atLeast: 1, atMost: 5}`.
struct CountTest {
  std::optional<int64_t> equals;
  std::optional<int64_t> at_least;
  std::optional<int64_t> at_most;
};

// ---- checks (the `expect` verb)

struct FieldCheck {
  ObjectRef object;
  FieldTest test;
};

struct ObjectsCheck {
  ResourceRef resource;
  std::string namespace_ = "default";
  std::string selector;        // label selector text
  std::string field_selector;  // field selector text
  std::string phase;           // shortcut for where status.phase equals
  std::vector<FieldTest> where;
  CountTest count;
};

struct ConditionCheck {
  ObjectRef object;
  std::string type;
  std::string status = "True";
  std::optional<std::string> reason;
  std::optional<std::string> message;  // substring
};

// Events counted by occurrences: an event seen 33 times counts 33.
struct EventsCheck {
  std::optional<ObjectRef> object;       // the involved object, or
  std::optional<ResourceRef> resource;   // every object of this resource matching selector
  std::string selector;
  std::string namespace_ = "default";
  std::string reason;
  std::string type;
  std::string message;  // substring
  CountTest count;
};

struct TimeCheck {
  std::optional<int64_t> equals_ms;
  std::optional<int64_t> at_least_ms;
  std::optional<int64_t> at_most_ms;
};

struct KubectlCheck {
  std::string command;
  std::vector<std::string> args;
  std::optional<std::string> contains;
  std::optional<std::string> not_contains;
  std::optional<Pattern> matches;
};

struct Check {
  Location location;
  std::variant<FieldCheck, ObjectsCheck, ConditionCheck, EventsCheck, TimeCheck, KubectlCheck> what;
};

// ---- steps

// One object of an apply/create step, validated against its kind's schema.
struct Manifest {
  Location location;
  Kind kind = Kind::kJob;
  std::string api_version;
  Json object;
};

struct ApplyStep {
  bool create_only = false;  // the `create` verb
  std::string source;        // the manifest path as written, or empty for inline objects
  std::vector<Manifest> objects;
};

struct PatchStep {
  ObjectRef object;
  api::PatchType type = api::PatchType::kMerge;
  Json patch;
  bool status = false;  // subresource: status (kubectl patch --subresource=status)
};

struct DeleteStep {
  std::optional<ObjectRef> object;      // one object, or
  std::optional<ResourceRef> resource;  // every object of a resource matching selector
  std::string namespace_ = "default";
  std::string selector;
  api::Propagation propagation = api::Propagation::kDefault;
};

struct KubectlStep {
  std::string command;  // as written, `--for` included
  std::vector<std::string> args;  // without `--for DURATION`
  // `get -w ... --for 60s`: watch that long in virtual time, other steps running meanwhile.
  std::optional<int64_t> watch_for_ms;
};

struct WaitStep {
  ObjectRef object;
  std::optional<std::string> condition;  // a condition type with status True, or
  std::optional<FieldTest> field;        // a field test, or
  bool deleted = false;                  // the object is gone
  int64_t timeout_ms = 0;
};

struct ExpectStep {
  std::vector<Check> checks;
};

struct FaultStep {
  enum class Type { kNodeState, kKill, kRestartController };
  Type type = Type::kRestartController;
  std::string node;  // kNodeState
  bool ready = false;
  std::string selector;   // kKill: label selector of the pods
  std::string container;  // kKill: empty = every container
  int32_t exit_code = 137;
  std::string reason;
};

// `expectError` on a mutating step; every key optional.
struct ExpectError {
  std::optional<int> code;
  std::string reason;
  std::string contains;
};

enum class TimeMode { kSame, kAbsolute, kRelative };

struct Step {
  Location location;
  TimeMode at_mode = TimeMode::kSame;
  int64_t at_ms = 0;
  std::variant<ApplyStep, PatchStep, DeleteStep, KubectlStep, WaitStep, ExpectStep, FaultStep> action;
  std::optional<ExpectError> expect_error;
};

inline constexpr int64_t kDefaultWaitTimeoutMs = 5 * 60 * 1000;
inline constexpr UnixMs kDefaultStartUnixMs = 1735689600000;  // 2025-01-01T00:00:00Z

// One entry of spec.featureGates.
struct FeatureGateEntry {
  bool enabled = false;
  Location location;
};

struct Scenario {
  std::string file;  // the path it was read from
  std::string name;
  std::string description;
  std::string kubernetes_version;  // as written; empty = the newest supported
  Location kubernetes_version_location;
  std::map<std::string, FeatureGateEntry> feature_gates;  // spec.featureGates, by gate name
  uint64_t seed = 1;
  UnixMs start_unix_ms = kDefaultStartUnixMs;
  std::optional<int64_t> until_ms;
  std::vector<std::string> nodes = {"node-1"};
  // spec.nodes[].labels, by node name: the kubelet's --node-labels.
  std::map<std::string, std::map<std::string, std::string>> node_labels;
  sim::RuntimeConfig runtime;
  // spec.controllerManager: kube-controller-manager flags the scenario sets.
  std::optional<int64_t> terminated_pod_gc_threshold;  // --terminated-pod-gc-threshold
  std::vector<Step> steps;
};

}  // namespace jobsim::scenario
