#include "sim/nodelifecycle/taint_eviction_controller.h"

#include <catch2/catch.hpp>

#include "tests/sim/nodelifecycle/node_cluster.h"

using namespace jobsim;
using namespace jobsim::test;

namespace {

struct Fixture {
  explicit Fixture(sim::NodeLifecycleRules r = {}) : rules(std::move(r)), cluster({"node-1", "node-2"}) {}
  void Start() {
    controller = std::make_unique<sim::TaintEvictionController>(cluster.store, cluster.loop, cluster.events, rules);
    controller->Start();
  }
  // What the node lifecycle controller writes for an unreachable node.
  void Taint(const std::string& node, bool on) {
    cluster.store.Patch<api::Node>("", node, [&](api::Node& n) {
      std::vector<sim::Taint> taints;
      if (on) taints.push_back({"node.kubernetes.io/unreachable", "", "NoExecute", cluster.loop.clock().NowUnixMs()});
      sim::SetTaints(n, taints);
      return api::Status::Ok();
    });
  }
  sim::NodeLifecycleRules rules;
  NodeCluster cluster;
  std::unique_ptr<sim::TaintEvictionController> controller;
};

}  // namespace

TEST_CASE("a pod with the default tolerations is evicted 300 s after the unreachable taint") {
  Fixture f;
  f.cluster.RunningPod("a", "node-1");
  f.cluster.RunningPod("b", "node-2");
  f.Start();
  f.cluster.loop.RunUntil(30'000);
  f.Taint("node-1", true);
  f.cluster.loop.RunUntil(329'999);
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  CHECK(f.cluster.events.events.empty());

  f.cluster.loop.RunUntil(330'000);
  auto pod = f.cluster.Pod("a");
  REQUIRE(pod->metadata.deletion_timestamp);
  CHECK(*pod->metadata.deletion_timestamp == kClusterStart + 360'000);  // the pod's 30 s grace period
  CHECK(f.cluster.Condition("a", "DisruptionTarget") == "True/DeletionByTaintManager");
  CHECK_FALSE(f.cluster.Pod("b")->metadata.deletion_timestamp);
  CHECK(f.cluster.events.Lines() ==
        std::vector<std::string>{"TaintManagerEviction: Marking for deletion Pod default/a"});
  const RecordedEvent& e = f.cluster.events.events[0];
  CHECK(e.involved.kind == "Pod");
  CHECK(e.involved.uid.empty());
  CHECK(e.involved.api_version == "v1");
  CHECK(e.at_ms == 330'000);

  SECTION("the taint removed afterwards cancels nothing more") {
    f.Taint("node-1", false);
    f.cluster.loop.RunUntil(400'000);
    CHECK(f.cluster.events.events.size() == 1);
  }
}

TEST_CASE("the taint removed before the tolerations run out cancels the eviction, with an event") {
  Fixture f;
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  f.Taint("node-1", true);
  f.cluster.loop.RunUntil(100'000);
  f.Taint("node-1", false);
  f.cluster.loop.RunUntil(600'000);
  CHECK_FALSE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  CHECK(f.cluster.events.Lines() ==
        std::vector<std::string>{"TaintManagerEviction: Cancelling deletion of Pod default/a"});
}

TEST_CASE("a pod without tolerations is evicted at once, and only once") {
  Fixture f;
  api::Pod pod;
  pod.metadata.name = "bare";
  pod.metadata.namespace_ = "default";
  pod.spec.Mut().containers.push_back(api::Container{.name = "main", .image = "busybox:1.36"});
  pod.spec.Mut().extra.Mut()["tolerations"] = api::Json::array();
  REQUIRE(f.cluster.store.Create(pod).ok());
  REQUIRE(f.cluster.store.Bind("default", "bare", "node-1").ok());
  f.Start();
  f.cluster.loop.RunUntil(5'000);
  f.Taint("node-1", true);
  f.cluster.loop.RunUntil(5'000);
  CHECK(f.cluster.Pod("bare")->metadata.deletion_timestamp);
  // Status writes of the terminating pod do not evict it again.
  f.cluster.store.Patch<api::Pod>(
      "default", "bare",
      [](api::Pod& p) {
        p.status.phase = "Running";
        return api::Status::Ok();
      },
      /*status_only=*/true);
  f.cluster.loop.RunUntil(60'000);
  CHECK(f.cluster.events.Lines() ==
        std::vector<std::string>{"TaintManagerEviction: Marking for deletion Pod default/bare"});
}

TEST_CASE("before PodDisruptionConditions (1.25) the pod gets no DisruptionTarget condition") {
  sim::NodeLifecycleRules rules;
  rules.disruption_target_condition = false;
  rules.taint_event_refs_have_api_version = false;
  Fixture f(rules);
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  f.Taint("node-1", true);
  f.cluster.loop.RunUntil(300'000);
  REQUIRE(f.cluster.Pod("a")->metadata.deletion_timestamp);
  CHECK(f.cluster.Condition("a", "DisruptionTarget").empty());
  CHECK(f.cluster.events.events[0].involved.api_version.empty());
}

TEST_CASE("a pod deleted by someone else drops its pending eviction") {
  Fixture f;
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  f.Taint("node-1", true);
  f.cluster.loop.RunUntil(10'000);
  api::DeleteOptions now;
  now.grace_period_seconds = 0;
  REQUIRE(f.cluster.store.Delete<api::Pod>("default", "a", now).ok());
  f.cluster.loop.RunUntil(600'000);
  CHECK(f.cluster.events.Lines() ==
        std::vector<std::string>{"TaintManagerEviction: Cancelling deletion of Pod default/a"});
}
