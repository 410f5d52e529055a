#include "sim/scenario/parser.h"

#include <catch2/catch.hpp>

#include "tests/scenario/data_dir.h"

using namespace jobsim;
using namespace jobsim::scenario;

namespace {

using jobsim::scenario::test::kDataDir;
// A scenario text given inline is named as if it lived in the data directory,
// so that its manifest paths resolve there.
const std::string kInlineFile = kDataDir + "inline.yaml";

// Lines 1-5; a row's text starts at line 6.
const std::string kHeader =
    "apiVersion: jobsim/v1\n"
    "kind: Scenario\n"
    "metadata:\n"
    "  name: t\n"
    "spec:\n";

struct ErrorRow {
  std::string name;
  std::string body;     // appended to kHeader
  std::string file;     // the file the error names ("" = the scenario itself)
  int line;
  std::string message;
};

const std::vector<ErrorRow>& ErrorRows() {
  static const std::vector<ErrorRow> rows = {
      {"an unknown verb",
       "  steps:\n  - at: 0s\n    aply: job.yaml\n", "", 8,
       "unknown verb \"aply\" (verbs: apply, create, patch, delete, kubectl, wait, expect, fault)"},
      {"a step without a verb", "  steps:\n  - at: 5s\n", "", 7,
       "step has no verb (verbs: apply, create, patch, delete, kubectl, wait, expect, fault)"},
      {"two verbs in one step", "  steps:\n  - apply: job.yaml\n    kubectl: get pods\n", "", 8,
       "step has two verbs: apply and kubectl (one per step)"},
      {"an unknown field in a step", "  steps:\n  - apply: job.yaml\n    colour: red\n", "", 8,
       "unknown field \"colour\" in step"},
      {"an unknown field in spec", "  sed: 1\n", "", 6, "unknown field \"sed\" in spec"},
      {"an unknown field in a verb's map", "  steps:\n  - wait: {object: job/pi, condition: Complete, timout: 5m}\n",
       "", 7, "unknown field \"timout\" in wait"},
      {"an unknown field in runtime timing", "  runtime:\n    timing:\n      pull: 1s\n", "", 8,
       "unknown field \"pull\" in spec.runtime.timing"},
      {"an unknown field in a check",
       "  steps:\n  - expect:\n    - object: job/pi\n      field: status.failed\n      equals: 1\n      colour: red\n", "",
       11, "unknown field \"colour\" in expect[0]"},
      {"a duplicate field", "  seed: 1\n  seed: 2\n", "", 7, "duplicate field \"seed\" in spec"},
      {"a bad duration", "  until: 10x\n", "", 6,
       "spec.until: bad duration \"10x\" (want 500ms, 90s, 1m30s, 2h or a number of seconds)"},
      {"a bad wait timeout", "  steps:\n  - wait: {object: job/pi, condition: Complete, timeout: soon}\n", "", 7,
       "wait.timeout: bad duration \"soon\" (want 500ms, 90s, 1m30s, 2h or a number of seconds)"},
      {"a bad at", "  steps:\n  - at: later\n    kubectl: get pods\n", "", 7,
       "at: bad time \"later\" (want 90s, 1m30s, a number of seconds, or +30s after the previous step)"},
      {"at going backwards",
       "  steps:\n  - at: 60s\n    kubectl: get pods\n  - at: +5s\n    kubectl: get jobs\n  - at: 30s\n"
       "    kubectl: get pods\n",
       "", 11, "at: 30s is before the previous step (65s); steps run in time order"},
      {"a missing manifest file", "  steps:\n  - apply: nope.yaml\n", "", 7, "manifest \"nope.yaml\" not found"},
      {"a manifest that is not YAML", "  steps:\n  - apply: not-yaml.yaml\n", "not-yaml.yaml", 5,
       "not YAML: end of sequence flow not found"},
      {"a manifest field of the wrong type", "  steps:\n  - apply: bad-type.yaml\n", "bad-type.yaml", 6,
       "spec.parallelism: expected an integer"},
      {"an inline manifest of a kind jobsim does not store",
       "  steps:\n  - apply: {apiVersion: apps/v1, kind: Deployment, metadata: {name: x}}\n", "", 7,
       "kind \"Deployment\" is not simulated (jobsim stores Job, Pod, Event, Node and Namespace)"},
      {"a wrong type in the scenario", "  seed: abc\n", "", 6, "spec.seed: expected an integer, got \"abc\""},
      {"a boolean that is not one", "  steps:\n  - wait: {object: job/pi, deleted: maybe}\n", "", 7,
       "wait.deleted: expected true or false, got \"maybe\""},
      {"a map where a string belongs", "  steps:\n  - kubectl: {get: pods}\n", "", 7,
       "kubectl: expected a string, got a map"},
      {"an unsupported Kubernetes version", "  kubernetesVersion: \"1.2\"\n", "", 6,
       "spec.kubernetesVersion: unsupported kubernetesVersion \"1.2\": supported are 1.3 to 1.33"},
      {"an object reference of an unknown resource",
       "  steps:\n  - wait: {object: deployment/x, condition: Available}\n", "", 7,
       "wait.object: the server doesn't have a resource type \"deployment\""},
      {"an object reference without a name", "  steps:\n  - wait: {object: job, condition: Complete}\n", "", 7,
       "wait.object: object \"job\": want kind/name or namespace/kind/name (job/pi, pod/pi-x2kqz)"},
      {"expectError on a verb that does not write",
       "  steps:\n  - kubectl: get pods\n    expectError: {code: 404}\n", "", 8,
       "expectError is only for apply, create, patch and delete"},
      {"a check of no known shape", "  steps:\n  - expect:\n    - colour: red\n", "", 8,
       "expect[0]: a check needs object, objects, events, time or kubectl"},
      {"a check on an object with nothing to check", "  steps:\n  - expect:\n    - object: job/pi\n", "", 8,
       "expect[0].object: give field, condition or exists"},
      {"a bad regular expression",
       "  steps:\n  - expect:\n    - {object: job/pi, field: metadata.name, matches: \"(\"}\n", "", 8,
       "expect[0].matches: bad regular expression \"(\" (ECMAScript syntax)"},
      {"a bad field path", "  steps:\n  - expect:\n    - {object: job/pi, field: status..failed, equals: 1}\n", "", 8,
       "expect[0].field: field path \"status..failed\": empty field name at position 8"},
      {"a json patch that is not a list",
       "  steps:\n  - patch: {object: job/pi, type: json, patch: {spec: {}}}\n", "", 7,
       "patch.patch: a json patch is a list of operations"},
      {"a patch of a subresource other than status",
       "  steps:\n  - patch: {object: job/pi, subresource: scale, patch: {spec: {replicas: 1}}}\n", "", 7,
       "patch.subresource: want status, got \"scale\""},
      {"a fault of no known shape", "  steps:\n  - fault: {reboot: node-1}\n", "", 7, "fault: give node, kill or restart"},
      {"a failure rate above 1", "  runtime:\n    pods:\n    - failureRate: 1.5\n", "", 8,
       "spec.runtime.pods[0].failureRate: want a number from 0 to 1, got \"1.5\""},
      {"a SIGTERM reaction of no known shape", "  runtime:\n    programs:\n    - {executable: x, sigterm: trap}\n", "",
       8, "spec.runtime.programs[0].sigterm: want ignore, die or {after: DURATION, exitCode: N}, got \"trap\""},
      {"an unknown field in a SIGTERM trap",
       "  runtime:\n    programs:\n    - executable: x\n      sigterm: {after: 1s, code: 0}\n", "", 9,
       "unknown field \"code\" in spec.runtime.programs[0].sigterm"},
      {"a negative terminated-pod GC threshold", "  controllerManager: {terminatedPodGCThreshold: -1}\n", "", 6,
       "spec.controllerManager.terminatedPodGCThreshold: must not be negative"},
      {"an unknown controller-manager flag", "  controllerManager: {nodeMonitorPeriod: 5s}\n", "", 6,
       "unknown field \"nodeMonitorPeriod\" in spec.controllerManager"},
      {"a feature gate the release does not have",
       "  kubernetesVersion: \"1.29\"\n  featureGates:\n    JobPodReplacementPolicy: true\n    JobManagedBy: true\n", "",
       9, "spec.featureGates: unrecognized feature gate: JobManagedBy"},
      {"a feature gate locked to its default",
       "  kubernetesVersion: \"1.23\"\n  featureGates: {TTLAfterFinished: false}\n", "", 7,
       "spec.featureGates: cannot set feature gate TTLAfterFinished to false, feature is locked to true"},
      {"a feature gate that is not a boolean", "  featureGates:\n    JobManagedBy: yes\n", "", 7,
       "spec.featureGates.JobManagedBy: expected true or false, got \"yes\""},
      {"feature gates that are not a map", "  featureGates: JobManagedBy=true\n", "", 6,
       "spec.featureGates: expected a map, got a scalar"},
  };
  return rows;
}

}  // namespace

TEST_CASE("each kind of bad input stops the parse with file:line: message") {
  for (const ErrorRow& row : ErrorRows()) {
    DYNAMIC_SECTION(row.name) {
      Scenario s;
      api::Status st = ParseScenario(kHeader + row.body, kInlineFile, s);
      const std::string file = row.file.empty() ? kInlineFile : kDataDir + row.file;
      CHECK(st.message() == file + ":" + std::to_string(row.line) + ": " + row.message);
      CHECK(st.code() == 400);
    }
  }
}

TEST_CASE("a scenario file that is not YAML names its line") {
  Scenario s;
  api::Status st = ParseScenario("apiVersion: jobsim/v1\nkind: [Scenario\n", "x.yaml", s);
  CHECK(st.message() == "x.yaml:3: not YAML: end of sequence flow not found");
}

TEST_CASE("the first error in file order is the one reported") {
  Scenario s;
  // The step's unknown field (line 9) comes after spec's bad seed (line 6) although steps are read first.
  api::Status st = ParseScenario(kHeader + "  seed: x\n  steps:\n  - apply: job.yaml\n    colour: red\n", kInlineFile, s);
  CHECK(st.message() == kInlineFile + ":6: spec.seed: expected an integer, got \"x\"");
}

TEST_CASE("a minimal scenario takes every default") {
  Scenario s;
  REQUIRE(ParseScenario(kHeader + "  steps: []\n", kInlineFile, s).ok());
  CHECK(s.name == "t");
  CHECK(s.kubernetes_version.empty());
  CHECK(s.seed == 1);
  CHECK(s.start_unix_ms == 1735689600000);
  CHECK_FALSE(s.until_ms.has_value());
  CHECK(s.nodes == std::vector<std::string>{"node-1"});
  CHECK_FALSE(s.terminated_pod_gc_threshold);
  CHECK(s.steps.empty());
}

TEST_CASE("spec.nodes[].labels are the node's --node-labels; a label value must be a string") {
  Scenario s;
  REQUIRE(ParseScenario(kHeader + "  nodes:\n  - {name: a, labels: {disktype: ssd, zone: z1}}\n  - b\n", kInlineFile, s)
              .ok());
  CHECK(s.nodes == std::vector<std::string>{"a", "b"});
  CHECK(s.node_labels == std::map<std::string, std::map<std::string, std::string>>{
                             {"a", {{"disktype", "ssd"}, {"zone", "z1"}}}});
  api::Status st = ParseScenario(kHeader + "  nodes:\n  - {name: a, labels: {disktype: [ssd]}}\n", kInlineFile, s);
  CHECK(st.message().find(kInlineFile + ":8: spec.nodes[0].labels.disktype: ") == 0);
}

TEST_CASE("spec.controllerManager sets kube-controller-manager flags") {
  Scenario s;
  REQUIRE(ParseScenario(kHeader + "  controllerManager:\n    terminatedPodGCThreshold: 3\n", kInlineFile, s).ok());
  CHECK(s.terminated_pod_gc_threshold == 3);
}

TEST_CASE("every verb and check parses") {
  Scenario s;
  api::Status st = LoadScenario(kDataDir + "every-verb.yaml", s);
  REQUIRE(st.message() == "");
  CHECK(s.name == "every-verb");
  CHECK(s.kubernetes_version == "1.3");
  CHECK(s.seed == 7);
  CHECK(s.start_unix_ms == 1463136322000);
  CHECK(s.until_ms == 600000);
  CHECK(s.nodes == std::vector<std::string>{"127.0.0.1", "node-b"});

  SECTION("runtime") {
    const sim::RuntimeConfig& rt = s.runtime;
    CHECK(rt.timing.schedule_set);
    CHECK(rt.timing.image_pull_ms == 2000);
    CHECK_FALSE(rt.timing.container_start_set);
    CHECK(rt.images.at("perl").executables == std::vector<std::string>{"perl", "sh"});
    REQUIRE(rt.programs.size() == 2);
    CHECK(rt.programs[0].command.size() == 4);
    CHECK(rt.programs[0].outcome.runs_ms == 8000);
    CHECK(rt.programs[0].outcome.stdout_text == "3.1415926535897932385");
    CHECK(rt.programs[1].executable == "server");
    CHECK(rt.programs[1].outcome.runs_forever);
    CHECK(rt.programs[1].outcome.sigterm.kind == sim::SigtermHandling::Kind::kDie);
    CHECK(rt.programs[0].outcome.sigterm.kind == sim::SigtermHandling::Kind::kIgnore);
    REQUIRE(rt.pods.size() == 1);
    CHECK(rt.pods[0].match.job == "pi");
    CHECK(rt.pods[0].match.index == 2);
    CHECK(rt.pods[0].match.labels.at("tier") == "batch");
    REQUIRE(rt.pods[0].attempts.size() == 2);
    CHECK(rt.pods[0].attempts[0].exit_code == 1);
    CHECK(rt.pods[0].attempts[1].reason == "Done");
    CHECK(rt.pods[0].attempts[1].sigterm.kind == sim::SigtermHandling::Kind::kTrap);
    CHECK(rt.pods[0].attempts[1].sigterm.after_ms == 20'000);
    CHECK(rt.pods[0].attempts[1].sigterm.exit_code == 0);
    REQUIRE(rt.pods[0].failure_rate.has_value());
    CHECK(rt.pods[0].failure_rate->numerator * 5 == rt.pods[0].failure_rate->denominator);
  }

  SECTION("steps") {
    REQUIRE(s.steps.size() == 15);
    const auto& apply = std::get<ApplyStep>(s.steps[0].action);
    CHECK(s.steps[0].at_mode == TimeMode::kAbsolute);
    CHECK(apply.source == "job.yaml");
    REQUIRE(apply.objects.size() == 1);
    CHECK(apply.objects[0].kind == Kind::kJob);
    CHECK(apply.objects[0].location.line == 1);

    const auto& create = std::get<ApplyStep>(s.steps[1].action);
    CHECK(create.create_only);
    CHECK(s.steps[1].at_mode == TimeMode::kSame);
    CHECK(s.steps[1].expect_error->code == 409);
    CHECK(s.steps[1].expect_error->reason == "AlreadyExists");

    CHECK(std::get<ApplyStep>(s.steps[2].action).objects.size() == 2);
    CHECK(std::get<ApplyStep>(s.steps[2].action).objects[1].location.line == 6);

    CHECK(s.steps[3].at_mode == TimeMode::kRelative);
    CHECK(s.steps[3].at_ms == 30000);
    CHECK(std::get<PatchStep>(s.steps[3].action).type == api::PatchType::kStrategic);
    const auto& json_patch = std::get<PatchStep>(s.steps[4].action);
    CHECK(json_patch.type == api::PatchType::kJson);
    CHECK(json_patch.patch[0]["value"] == 1);
    CHECK(json_patch.object.resource.api_version == "batch/v1");

    CHECK(std::get<WaitStep>(s.steps[5].action).condition == "Complete");
    CHECK(std::get<WaitStep>(s.steps[5].action).timeout_ms == 1800000);
    CHECK(std::get<WaitStep>(s.steps[6].action).field->field == "status.succeeded");
    CHECK(std::get<WaitStep>(s.steps[6].action).timeout_ms == kDefaultWaitTimeoutMs);
    CHECK(std::get<WaitStep>(s.steps[7].action).deleted);
    CHECK(std::get<KubectlStep>(s.steps[8].action).args == std::vector<std::string>{"get", "pods", "-a"});

    const auto& fault_node = std::get<FaultStep>(s.steps[10].action);
    CHECK(fault_node.type == FaultStep::Type::kNodeState);
    CHECK_FALSE(fault_node.ready);
    const auto& kill = std::get<FaultStep>(s.steps[11].action);
    CHECK(kill.type == FaultStep::Type::kKill);
    CHECK(kill.reason == "OOMKilled");
    CHECK(std::get<FaultStep>(s.steps[12].action).type == FaultStep::Type::kRestartController);

    const auto& delete_all = std::get<DeleteStep>(s.steps[13].action);
    CHECK(delete_all.resource->kind == Kind::kPod);
    CHECK(delete_all.propagation == api::Propagation::kBackground);
    const auto& delete_one = std::get<DeleteStep>(s.steps[14].action);
    CHECK(delete_one.object->namespace_ == "kube-system");
  }

  SECTION("checks") {
    const auto& checks = std::get<ExpectStep>(s.steps[9].action).checks;
    REQUIRE(checks.size() == 9);
    CHECK(std::get<FieldCheck>(checks[0].what).test.test.equals == 41);
    CHECK(std::get<FieldCheck>(checks[1].what).test.test.matches->text == "^True$");
    CHECK(std::get<FieldCheck>(checks[2].what).test.test.exists == false);
    const auto& objects = std::get<ObjectsCheck>(checks[3].what);
    CHECK(objects.phase == "Failed");
    CHECK(objects.where.size() == 1);
    CHECK(objects.count.at_least == 40);
    CHECK(objects.count.at_most == 42);
    CHECK(std::get<ConditionCheck>(checks[4].what).reason == "BackoffLimitExceeded");
    CHECK(std::get<EventsCheck>(checks[5].what).count.at_least == 41);
    CHECK(std::get<EventsCheck>(checks[6].what).resource->kind == Kind::kPod);
    CHECK(std::get<EventsCheck>(checks[6].what).count.at_least == 1);
    CHECK(std::get<TimeCheck>(checks[7].what).at_most_ms == 700000);
    CHECK(std::get<KubectlCheck>(checks[8].what).contains == "41 Failed");
    CHECK(checks[8].location.line == 77);
  }
}
