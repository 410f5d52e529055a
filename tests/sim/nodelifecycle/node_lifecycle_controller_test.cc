#include "sim/nodelifecycle/node_lifecycle_controller.h"

#include <catch2/catch.hpp>

#include "tests/sim/nodelifecycle/node_cluster.h"

using namespace jobsim;
using namespace jobsim::test;

namespace {

constexpr const char* kUnreachableNoSchedule = "node.kubernetes.io/unreachable:NoSchedule";
constexpr const char* kUnreachableNoExecute = "node.kubernetes.io/unreachable:NoExecute";

// What sim/profile.cc sets for 1.12 and 1.3 (nodelifecycle_tests does not link the profile table).
sim::NodeLifecycleRules Rules112() {
  sim::NodeLifecycleRules r;
  r.node_controller_component = "node-controller";
  r.node_event_refs_have_api_version = false;
  r.taint_event_refs_have_api_version = false;
  r.taint_based_evictions = false;
  r.pod_not_ready_event = false;
  r.taint_manager_component = "taint-controller";
  r.disruption_target_condition = false;
  r.node_monitor_grace_period_ms = 40'000;
  return r;
}

sim::NodeLifecycleRules Rules13() {
  sim::NodeLifecycleRules r = Rules112();
  r.node_controller_component = "controllermanager";
  r.node_event_uid_is_name = true;
  r.node_lost_reason = false;
  r.force_delete_evicted_pods = true;
  r.zone_partial_disruption = false;
  r.taint_nodes_by_condition = false;
  r.taint_manager = false;
  return r;
}

struct Fixture {
  explicit Fixture(sim::NodeLifecycleRules r, std::vector<std::string> nodes = {"node-1", "node-2"})
      : rules(std::move(r)), cluster(std::move(nodes)) {}
  void Start() {
    controller = std::make_unique<sim::NodeLifecycleController>(cluster.store, cluster.loop, cluster.events, rules);
    controller->Start();
  }
  sim::NodeLifecycleRules rules;
  NodeCluster cluster;
  std::unique_ptr<sim::NodeLifecycleController> controller;
};

}  // namespace

TEST_CASE("1.33: an unreachable node is marked Unknown, its pods not ready, and tainted NoExecute at once") {
  Fixture f(sim::NodeLifecycleRules{});
  f.cluster.RunningPod("a", "node-1");
  f.cluster.RunningPod("b", "node-2");
  f.Start();
  f.cluster.loop.RunUntil(30'000);
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  f.cluster.loop.RunUntil(30'000);

  const api::Condition& ready = f.cluster.store.Get<api::Node>("", "node-1")->status.conditions[0];
  CHECK(ready.status == "Unknown");
  CHECK(ready.reason == "NodeStatusUnknown");
  CHECK(ready.message == "Kubelet stopped posting node status.");
  CHECK(ready.last_transition_time == kClusterStart + 30'000);
  CHECK(f.cluster.Taints("node-1") == std::vector<std::string>{kUnreachableNoSchedule, kUnreachableNoExecute});
  CHECK(sim::TaintsOf(*f.cluster.store.Get<api::Node>("", "node-1"))[1].time_added == kClusterStart + 30'000);
  CHECK(f.cluster.Taints("node-2").empty());
  CHECK(f.cluster.Condition("a", "Ready") == "False/");
  CHECK(f.cluster.Condition("b", "Ready") == "True/");

  REQUIRE(f.cluster.events.events.size() == 2);
  const RecordedEvent& node_event = f.cluster.events.events[0];
  CHECK(node_event.involved.kind == "Node");
  CHECK(node_event.involved.uid == f.cluster.store.Get<api::Node>("", "node-1")->metadata.uid);
  CHECK(node_event.involved.api_version == "v1");
  CHECK(f.cluster.events.Lines() == std::vector<std::string>{"NodeNotReady: Node node-1 status is now: NodeNotReady",
                                                             "NodeNotReady: Node is not ready"});
  CHECK(f.cluster.events.events[1].type == "Warning");
  CHECK(f.cluster.events.events[1].involved.name == "a");

  SECTION("Ready again: the taints go") {
    f.cluster.PostReady("node-1");
    f.cluster.loop.RunUntil(60'000);
    CHECK(f.cluster.Taints("node-1").empty());
  }
  SECTION("a second miss changes nothing") {
    REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
    f.cluster.loop.RunUntil(40'000);
    CHECK(f.cluster.events.events.size() == 2);
  }
}

TEST_CASE("a silent kubelet: its node goes Unknown at the first 5 s monitor pass once the grace period is over") {
  struct Row {
    const char* name;
    int64_t grace_ms;
    ElapsedMs silent_at;
    ElapsedMs noticed_at;
  };
  const Row rows[] = {
      {"1.32+: 50 s", 50'000, 12'000, 65'000},
      {"before: 40 s", 40'000, 12'000, 55'000},
      {"silent at a pass", 40'000, 10'000, 50'000},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      sim::NodeLifecycleRules rules;
      rules.node_monitor_grace_period_ms = row.grace_ms;
      Fixture f(rules);
      f.cluster.RunningPod("a", "node-1");
      f.Start();
      f.cluster.loop.RunUntil(row.silent_at);
      REQUIRE(f.controller->KubeletSilent("node-1").ok());
      f.cluster.loop.RunUntil(row.noticed_at - 1);
      CHECK(f.cluster.store.Get<api::Node>("", "node-1")->status.conditions[0].status == "True");
      CHECK(f.cluster.Condition("a", "Ready") == "True/");
      f.cluster.loop.RunUntil(row.noticed_at);
      const api::Condition& ready = f.cluster.store.Get<api::Node>("", "node-1")->status.conditions[0];
      CHECK(ready.status == "Unknown");
      CHECK(ready.last_transition_time == kClusterStart + row.noticed_at);
      CHECK(f.cluster.Condition("a", "Ready") == "False/");
    }
  }
}

TEST_CASE("a kubelet that posts again before the monitor notices leaves its node Ready") {
  Fixture f(sim::NodeLifecycleRules{});
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  REQUIRE(f.controller->KubeletSilent("node-1").ok());
  f.cluster.loop.RunUntil(30'000);
  f.cluster.store.Patch<api::Node>(  // the kubelet's status post (Kubelet::PostNodeReady)
      "", "node-1",
      [](api::Node& n) {
        n.status.conditions[0].last_probe_time = kClusterStart + 30'000;
        return api::Status::Ok();
      },
      /*status_only=*/true);
  f.cluster.loop.RunUntil(120'000);
  CHECK(f.cluster.store.Get<api::Node>("", "node-1")->status.conditions[0].status == "True");
  CHECK(f.cluster.events.events.empty());
}

TEST_CASE("1.3: a node silent since 10 s goes Unknown at 50 s and its pods are deleted 5 min after the silence") {
  sim::NodeLifecycleRules rules = Rules13();
  Fixture f(rules);
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  f.cluster.loop.RunUntil(10'000);
  REQUIRE(f.controller->KubeletSilent("node-1").ok());
  f.cluster.loop.RunUntil(309'999);
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  f.cluster.loop.RunUntil(310'000);
  CHECK(f.cluster.Pod("a")->metadata.deletion_timestamp);
}

TEST_CASE("the only node unreachable: full disruption, NoSchedule but no NoExecute taint") {
  Fixture f(sim::NodeLifecycleRules{}, {"node-1"});
  f.Start();
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  f.cluster.loop.RunUntil(600'000);
  CHECK(f.cluster.Taints("node-1") == std::vector<std::string>{kUnreachableNoSchedule});
}

TEST_CASE("NoExecute taints are rate limited: one node per 10 s") {
  Fixture f(sim::NodeLifecycleRules{}, {"node-1", "node-2", "node-3", "node-4"});
  f.Start();
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  REQUIRE(f.controller->HeartbeatsMissed("node-2").ok());
  f.cluster.loop.RunUntil(9'999);
  CHECK(f.cluster.Taints("node-1") == std::vector<std::string>{kUnreachableNoSchedule, kUnreachableNoExecute});
  CHECK(f.cluster.Taints("node-2") == std::vector<std::string>{kUnreachableNoSchedule});
  f.cluster.loop.RunUntil(10'000);
  CHECK(f.cluster.Taints("node-2") == std::vector<std::string>{kUnreachableNoSchedule, kUnreachableNoExecute});
}

TEST_CASE("1.12: the node controller deletes the pods itself 5 min after the last heartbeat, with reason NodeLost") {
  Fixture f(Rules112());
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  f.cluster.loop.RunUntil(100'000);
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  f.cluster.loop.RunUntil(359'999);  // the kubelet last posted at 60 s
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  CHECK(f.cluster.Taints("node-1") == std::vector<std::string>{kUnreachableNoSchedule});

  f.cluster.loop.RunUntil(360'000);
  auto pod = f.cluster.Pod("a");
  REQUIRE(pod->metadata.deletion_timestamp);
  CHECK(pod->status.reason == "NodeLost");
  CHECK(pod->status.message == "Node node-1 which was running pod a is unresponsive");
  CHECK(f.cluster.events.Lines() ==
        std::vector<std::string>{"NodeNotReady: Node node-1 status is now: NodeNotReady",
                                 "DeletingAllPods: Node node-1 event: Deleting all Pods from Node node-1.",
                                 "NodeControllerEviction: Marking for deletion Pod a from Node node-1"});
  f.cluster.loop.RunUntil(3'600'000);  // no force deletion: the pod stays Terminating
  CHECK(f.cluster.Pod("a"));
  CHECK(f.cluster.events.events.size() == 3);
}

TEST_CASE("1.12: a node Ready again before the timeout keeps its pods") {
  Fixture f(Rules112());
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  f.cluster.loop.RunUntil(200'000);
  f.cluster.PostReady("node-1");
  f.cluster.loop.RunUntil(3'600'000);
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
}

TEST_CASE("1.12: with every node down nothing is evicted; the timeout starts over once one is back") {
  Fixture f(Rules112());
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  REQUIRE(f.controller->HeartbeatsMissed("node-2").ok());
  f.cluster.loop.RunUntil(400'000);
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  f.cluster.PostReady("node-2");
  f.cluster.loop.RunUntil(699'999);
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  f.cluster.loop.RunUntil(700'000);
  CHECK(f.cluster.Pod("a")->metadata.deletion_timestamp);
}

TEST_CASE("1.3: evicted pods are force-deleted once their grace period is over") {
  Fixture f(Rules13());
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  REQUIRE(f.controller->HeartbeatsMissed("node-1").ok());
  f.cluster.loop.RunUntil(260'000);
  REQUIRE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  CHECK(f.cluster.Pod("a")->status.reason.empty());
  CHECK(f.cluster.Taints("node-1").empty());
  f.cluster.loop.RunUntil(289'999);
  CHECK(f.cluster.Pod("a"));
  f.cluster.loop.RunUntil(290'000);
  CHECK_FALSE(f.cluster.Pod("a"));
  CHECK(f.cluster.events.Lines() ==
        std::vector<std::string>{
            "NodeNotReady: Node node-1 status is now: NodeNotReady",
            "DeletingAllPods: Node node-1 event: Deleting all Pods from Node node-1.",
            "NodeControllerEviction: Marking for deletion Pod a from Node node-1",
            "TerminatingEvictedPod: Node node-1 event: Pod a has exceeded the grace period for deletion after being "
            "evicted from Node \"node-1\" and is being force killed",
            "TerminatedAllPods: Node node-1 event: Terminated all Pods on Node node-1."});
  CHECK(f.cluster.events.events[0].involved.uid == "node-1");
  CHECK(f.cluster.events.events[0].involved.api_version.empty());
}
