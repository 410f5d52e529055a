// The feature gate table (sim/feature_gates.h): stages per release as
// kube_features.go had them, the flag syntax and messages of
// k8s.io/component-base/featuregate, and the rule flags each gate sets.
#include "sim/feature_gates.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

Profile ProfileOf(int minor) {
  Profile p;
  REQUIRE(LookupProfile("1." + std::to_string(minor), p).ok());
  return p;
}

const FeatureGate& Gate(const std::string& name) {
  for (const FeatureGate& gate : FeatureGates()) {
    if (gate.name == name) return gate;
  }
  FAIL("no gate " << name);
  return FeatureGates().front();
}

// "alpha off", "beta on", "GA on locked", or "absent".
std::string StageAt(const std::string& name, int minor) {
  const GateSpec* spec = Gate(name).At(minor);
  if (!spec) return "absent";
  return std::string(GateStageName(spec->stage)) + (spec->default_on ? " on" : " off") +
         (spec->locked ? " locked" : "");
}

}  // namespace

TEST_CASE("with every gate at its default the version table stands, in every release") {
  for (int minor = kOldestMinor; minor <= kNewestMinor; ++minor) {
    CAPTURE(minor);
    const Profile table = ProfileOf(minor);
    Profile gated = table;
    REQUIRE(ApplyFeatureGates({}, gated).ok());
    CHECK(gated.api == table.api);
    CHECK(gated.controller == table.controller);
    CHECK(gated.node_lifecycle == table.node_lifecycle);
    CHECK(gated.pod_gc == table.pod_gc);
    CHECK(gated.feature_gates.empty());
  }
}

TEST_CASE("gate stages per release, as kube_features.go had them") {
  struct Row {
    std::string gate;
    int minor;
    std::string want;
  };
  const std::vector<Row> rows = {
      {"TTLAfterFinished", 11, "absent"},
      {"TTLAfterFinished", 12, "alpha off"},
      {"TTLAfterFinished", 20, "alpha off"},
      {"TTLAfterFinished", 21, "beta on"},
      {"TTLAfterFinished", 23, "GA on locked"},
      {"TTLAfterFinished", 24, "GA on locked"},
      {"TTLAfterFinished", 25, "absent"},
      {"SuspendJob", 21, "alpha off"},
      {"SuspendJob", 22, "beta on"},
      {"SuspendJob", 26, "absent"},
      {"IndexedJob", 24, "GA on locked"},
      {"ElasticIndexedJob", 26, "absent"},
      {"ElasticIndexedJob", 27, "beta on"},
      {"ElasticIndexedJob", 31, "GA on locked"},
      {"ElasticIndexedJob", 33, "GA on locked"},
      {"JobReadyPods", 23, "alpha off"},
      {"JobReadyPods", 29, "GA on locked"},
      {"JobReadyPods", 31, "absent"},
      {"JobTrackingWithFinalizers", 22, "alpha off"},
      {"JobTrackingWithFinalizers", 23, "beta on"},
      {"JobTrackingWithFinalizers", 24, "beta off"},
      {"JobTrackingWithFinalizers", 25, "beta on"},
      {"JobTrackingWithFinalizers", 27, "GA on locked"},
      {"JobTrackingWithFinalizers", 28, "absent"},
      {"JobPodFailurePolicy", 25, "alpha off"},
      {"JobPodFailurePolicy", 32, "GA on locked"},
      {"JobPodFailurePolicy", 33, "absent"},
      {"JobBackoffLimitPerIndex", 33, "GA on locked"},
      {"JobPodReplacementPolicy", 28, "alpha off"},
      {"JobPodReplacementPolicy", 33, "beta on"},
      {"JobSuccessPolicy", 30, "alpha off"},
      {"JobSuccessPolicy", 31, "beta on"},
      {"JobManagedBy", 29, "absent"},
      {"JobManagedBy", 30, "alpha off"},
      {"JobManagedBy", 31, "alpha off"},
      {"JobManagedBy", 32, "beta on"},
      {"NodeOutOfServiceVolumeDetach", 23, "absent"},
      {"NodeOutOfServiceVolumeDetach", 24, "alpha off"},
      {"NodeOutOfServiceVolumeDetach", 26, "beta on"},
      {"NodeOutOfServiceVolumeDetach", 28, "GA on locked"},
      {"NodeOutOfServiceVolumeDetach", 33, "absent"},
      {"JobMutableNodeSchedulingDirectives", 22, "absent"},
      {"JobMutableNodeSchedulingDirectives", 23, "beta on"},
      {"JobMutableNodeSchedulingDirectives", 27, "GA on locked"},
      {"JobMutableNodeSchedulingDirectives", 29, "absent"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.gate, row.minor);
    CHECK(StageAt(row.gate, row.minor) == row.want);
  }
}

TEST_CASE("the --feature-gates flag parses as featuregate.Set does") {
  struct Row {
    std::string text;
    FeatureGateSettings want;
    std::string error;
  };
  const std::vector<Row> rows = {
      {"", {}, ""},
      {"JobManagedBy=true", {{"JobManagedBy", true}}, ""},
      {"A=true,B=false", {{"A", true}, {"B", false}}, ""},
      {" A = t ,,B=0", {{"A", true}, {"B", false}}, ""},
      {"A=true,A=false", {{"A", false}}, ""},
      {"A=TRUE,B=False", {{"A", true}, {"B", false}}, ""},
      {"A", {}, "missing bool value for A"},
      {"A=yes", {}, "invalid value of A=yes, err: strconv.ParseBool: parsing \"yes\": invalid syntax"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    FeatureGateSettings got;
    const api::Status st = ParseFeatureGates(row.text, got);
    CHECK(st.message() == row.error);
    if (row.error.empty()) CHECK(got == row.want);
  }
}

TEST_CASE("a gate the release does not have, or a locked one, is rejected with kube-apiserver's message") {
  struct Row {
    int minor;
    std::string gate;
    bool value;
    std::string error;
  };
  const std::vector<Row> rows = {
      {33, "JobManagedBy", true, ""},
      {30, "JobManagedBy", true, ""},
      {29, "JobManagedBy", true, "unrecognized feature gate: JobManagedBy"},
      {33, "NoSuchGate", true, "unrecognized feature gate: NoSuchGate"},
      {20, "TTLAfterFinished", true, ""},
      {11, "TTLAfterFinished", true, "unrecognized feature gate: TTLAfterFinished"},
      {25, "TTLAfterFinished", true, "unrecognized feature gate: TTLAfterFinished"},
      {23, "TTLAfterFinished", false, "cannot set feature gate TTLAfterFinished to false, feature is locked to true"},
      {23, "TTLAfterFinished", true, ""},
      {33, "JobSuccessPolicy", false, "cannot set feature gate JobSuccessPolicy to false, feature is locked to true"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.minor, row.gate, row.value);
    CHECK(CheckFeatureGate(row.minor, row.gate, row.value).message() == row.error);
  }
}

TEST_CASE("a bad setting changes nothing") {
  Profile p = ProfileOf(20);
  const Profile before = p;
  const api::Status st = ApplyFeatureGates({{"TTLAfterFinished", true}, {"JobManagedBy", true}}, p);
  CHECK(st.message() == "unrecognized feature gate: JobManagedBy");
  CHECK(p.api == before.api);
  CHECK(p.feature_gates.empty());
}

TEST_CASE("each gate sets the flags it drives") {
  SECTION("TTLAfterFinished on in 1.20 keeps the field") {
    Profile p = ProfileOf(20);
    REQUIRE_FALSE(p.api.job_ttl);
    REQUIRE(ApplyFeatureGates({{"TTLAfterFinished", true}}, p).ok());
    CHECK(p.api.job_ttl);
    CHECK(p.feature_gates == "TTLAfterFinished=true");
  }
  SECTION("SuspendJob off in 1.22 drops spec.suspend and the controller's Suspended handling") {
    Profile p = ProfileOf(22);
    REQUIRE(ApplyFeatureGates({{"SuspendJob", false}}, p).ok());
    CHECK_FALSE(p.api.job_suspend);
    CHECK_FALSE(p.controller.suspend);
  }
  SECTION("JobTrackingWithFinalizers on in 1.24 switches the counting mode") {
    Profile p = ProfileOf(24);
    REQUIRE(p.controller.legacy_counting);
    REQUIRE(ApplyFeatureGates({{"JobTrackingWithFinalizers", true}}, p).ok());
    CHECK(p.controller.finalizer_tracking);
    CHECK_FALSE(p.controller.legacy_counting);
    CHECK(p.controller.complete_requires_no_active);
    CHECK_FALSE(p.controller.too_many_active_pods_event);
  }
  SECTION("JobReadyPods off in 1.25 hides status.ready") {
    Profile p = ProfileOf(25);
    REQUIRE(ApplyFeatureGates({{"JobReadyPods", false}}, p).ok());
    CHECK_FALSE(p.controller.report_ready);
    CHECK_FALSE(p.api.job_status_ready);
  }
  SECTION("JobManagedBy on in 1.31 keeps spec.managedBy and checks status writes strictly") {
    Profile p = ProfileOf(31);
    REQUIRE(ApplyFeatureGates({{"JobManagedBy", true}}, p).ok());
    CHECK(p.api.job_managed_by);
  }
}

TEST_CASE("FailureTarget/SuccessCriteriaMet come first with JobManagedBy or JobPodReplacementPolicy, from 1.31") {
  struct Row {
    int minor;
    FeatureGateSettings gates;
    bool delayed;
  };
  const std::vector<Row> rows = {
      {31, {}, true},
      {31, {{"JobPodReplacementPolicy", false}}, false},
      {31, {{"JobPodReplacementPolicy", false}, {"JobManagedBy", true}}, true},
      {33, {{"JobPodReplacementPolicy", false}}, true},  // JobManagedBy beta, on
      {33, {{"JobPodReplacementPolicy", false}, {"JobManagedBy", false}}, false},
      {30, {{"JobManagedBy", true}}, false},  // the 1.30 controller has no delayed path
  };
  for (const Row& row : rows) {
    CAPTURE(row.minor, FeatureGatesText(row.gates));
    Profile p = ProfileOf(row.minor);
    REQUIRE(ApplyFeatureGates(row.gates, p).ok());
    CHECK(p.controller.delayed_terminal_conditions == row.delayed);
  }
}

TEST_CASE("PodGC marks pods Failed before deleting them with PodDisruptionConditions, or from 1.28 JobPodReplacementPolicy") {
  struct Row {
    int minor;
    FeatureGateSettings gates;
    bool marks_failed;
    bool condition;
  };
  const std::vector<Row> rows = {
      {24, {}, false, false},  // no such gate: the table's value
      {25, {}, false, false},
      {25, {{"PodDisruptionConditions", true}}, true, true},
      {26, {}, true, true},
      {27, {{"PodDisruptionConditions", false}}, false, false},
      {28, {{"PodDisruptionConditions", false}}, false, false},  // JobPodReplacementPolicy alpha, off
      {28, {{"PodDisruptionConditions", false}, {"JobPodReplacementPolicy", true}}, true, false},
      {30, {{"PodDisruptionConditions", false}}, true, false},  // JobPodReplacementPolicy beta, on
      {30, {{"PodDisruptionConditions", false}, {"JobPodReplacementPolicy", false}}, false, false},
      {33, {{"JobPodReplacementPolicy", false}}, true, true},  // PodDisruptionConditions gone: always
  };
  for (const Row& row : rows) {
    CAPTURE(row.minor, FeatureGatesText(row.gates));
    Profile p = ProfileOf(row.minor);
    REQUIRE(ApplyFeatureGates(row.gates, p).ok());
    CHECK(p.pod_gc.mark_failed_before_delete == row.marks_failed);
    CHECK(p.pod_gc.disruption_target_condition == row.condition);
  }
}
