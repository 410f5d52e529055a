#include "sim/podgc/gc_decision.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

struct PodSpec {
  const char* name;
  const char* phase;
  const char* node;          // "" = unscheduled
  UnixMs created = 0;
  bool terminating = false;  // deletionTimestamp set
  const char* reason = "";   // status.reason
};

std::shared_ptr<const api::Pod> MakePod(const PodSpec& s) {
  auto pod = std::make_shared<api::Pod>();
  pod->metadata.name = s.name;
  pod->metadata.namespace_ = "default";
  pod->metadata.uid = std::string("uid-") + s.name;
  pod->metadata.creation_timestamp = s.created;
  if (s.terminating) pod->metadata.deletion_timestamp = 1;
  pod->spec.Mut().node_name = s.node;
  pod->status.phase = s.phase;
  pod->status.reason = s.reason;
  return pod;
}

// "name:reason" for each deletion, in order.
std::vector<std::string> Collect(const std::vector<PodSpec>& pods, const GcInput& base, const PodGcRules& rules) {
  GcInput in = base;
  for (const PodSpec& p : pods) in.pods.push_back(MakePod(p));
  std::vector<std::string> out;
  for (const GcDeletion& d : PodsToCollect(in, rules)) {
    const char* reason = d.reason == GcReason::kTerminated                ? "terminated"
                         : d.reason == GcReason::kTerminatingOutOfService ? "out-of-service"
                         : d.reason == GcReason::kOrphaned                ? "orphaned"
                                                                          : "unscheduled";
    out.push_back(d.pod->metadata.name + (":" + std::string(reason)));
  }
  return out;
}

GcInput Nodes() {
  GcInput in;
  in.nodes["node-1"] = GcNode{.ready = true};
  in.nodes["node-2"] = GcNode{.ready = false, .out_of_service = true};
  in.nodes["node-3"] = GcNode{.ready = false};
  return in;
}

PodGcRules Threshold(int64_t n) {
  PodGcRules r;
  r.terminated_pod_threshold = n;
  return r;
}

}  // namespace

TEST_CASE("terminated pods above the threshold go, evicted first, then the oldest, names breaking ties") {
  const std::vector<PodSpec> pods = {
      {"a", "Succeeded", "node-1", 3000}, {"b", "Failed", "node-1", 1000},  {"c", "Running", "node-1", 0},
      {"d", "Failed", "node-1", 2000},    {"e", "Failed", "node-1", 1000},  {"f", "Pending", "", 0},
      {"g", "Failed", "node-1", 9000, false, "Evicted"},
  };
  CHECK(Collect(pods, Nodes(), Threshold(12'500)).empty());
  CHECK(Collect(pods, Nodes(), Threshold(5)).empty());  // five terminated
  CHECK(Collect(pods, Nodes(), Threshold(3)) == std::vector<std::string>{"g:terminated", "b:terminated"});
  CHECK(Collect(pods, Nodes(), Threshold(1)) ==
        std::vector<std::string>{"g:terminated", "b:terminated", "e:terminated", "d:terminated"});
  CHECK(Collect(pods, Nodes(), Threshold(0)).empty());  // 0 turns the pass off
}

TEST_CASE("terminating pods on a not-Ready out-of-service node go; on other nodes they wait for their kubelet") {
  const std::vector<PodSpec> pods = {
      {"on-ready", "Running", "node-1", 0, true},
      {"oos-late", "Running", "node-2", 5000, true},
      {"oos-early", "Running", "node-2", 1000, true},
      {"oos-not-deleted", "Running", "node-2", 0},
      {"not-ready-no-taint", "Running", "node-3", 0, true},
  };
  CHECK(Collect(pods, Nodes(), PodGcRules{}) ==
        std::vector<std::string>{"oos-early:out-of-service", "oos-late:out-of-service"});
  PodGcRules before;
  before.gc_out_of_service = false;  // before NodeOutOfServiceVolumeDetach
  CHECK(Collect(pods, Nodes(), before).empty());
}

TEST_CASE("pods bound to a node found gone after its quarantine are orphans, whatever their phase") {
  GcInput in = Nodes();
  in.deleted_nodes = {"node-9"};
  const std::vector<PodSpec> pods = {
      {"running", "Running", "node-9"}, {"done", "Succeeded", "node-9"}, {"quarantined", "Running", "node-8"},
      {"fine", "Running", "node-1"},
  };
  CHECK(Collect(pods, in, PodGcRules{}) == std::vector<std::string>{"running:orphaned", "done:orphaned"});
}

TEST_CASE("terminating pods bound to no node go; a pod two passes pick is deleted once, for the first") {
  GcInput in = Nodes();
  in.deleted_nodes = {"node-9"};
  const std::vector<PodSpec> pods = {
      {"pending-deleted", "Pending", "", 0, true},
      {"pending", "Pending", ""},
      {"failed-orphan", "Failed", "node-9", 0},
      {"failed", "Failed", "node-1", 5000},
  };
  CHECK(Collect(pods, in, Threshold(12'500)) ==
        std::vector<std::string>{"failed-orphan:orphaned", "pending-deleted:unscheduled"});
  CHECK(Collect(pods, in, Threshold(1)) ==
        std::vector<std::string>{"failed-orphan:terminated", "pending-deleted:unscheduled"});
}

TEST_CASE("the status PodGC writes before its force delete") {
  const UnixMs now = 42'000;
  const auto running = MakePod({"p", "Running", "node-9"});
  const auto succeeded = MakePod({"p", "Succeeded", "node-9"});

  SECTION("an orphan: Failed with DisruptionTarget DeletionByPodGC") {
    const auto status = StatusBeforeDelete(*running, GcReason::kOrphaned, PodGcRules{}, now);
    REQUIRE(status);
    CHECK(status->phase == "Failed");
    REQUIRE(status->conditions.size() == 1);
    const api::Condition& c = status->conditions[0];
    CHECK(c.type == "DisruptionTarget");
    CHECK(c.status == "True");
    CHECK(c.reason == "DeletionByPodGC");
    CHECK(c.message == "PodGC: node no longer exists");
    CHECK(c.last_transition_time == now);
  }
  SECTION("an unscheduled terminating pod: Failed, no condition") {
    const auto status = StatusBeforeDelete(*running, GcReason::kUnscheduledTerminating, PodGcRules{}, now);
    REQUIRE(status);
    CHECK(status->phase == "Failed");
    CHECK(status->conditions.empty());
  }
  SECTION("a pod already Succeeded or Failed: no write") {
    CHECK_FALSE(StatusBeforeDelete(*succeeded, GcReason::kOrphaned, PodGcRules{}, now));
  }
  SECTION("JobPodReplacementPolicy without PodDisruptionConditions (1.28-1.30): Failed, no condition") {
    PodGcRules rules;
    rules.disruption_target_condition = false;
    const auto status = StatusBeforeDelete(*running, GcReason::kOrphaned, rules, now);
    REQUIRE(status);
    CHECK(status->phase == "Failed");
    CHECK(status->conditions.empty());
  }
  SECTION("before PodDisruptionConditions (1.25 and older): no write, only the force delete") {
    PodGcRules rules;
    rules.mark_failed_before_delete = false;
    rules.disruption_target_condition = false;
    CHECK_FALSE(StatusBeforeDelete(*running, GcReason::kOrphaned, rules, now));
  }
}
