#include "sim/podgc/pod_gc_controller.h"

#include <catch2/catch.hpp>

#include "tests/sim/nodelifecycle/node_cluster.h"

using namespace jobsim;
using namespace jobsim::test;

namespace {

struct Fixture {
  explicit Fixture(sim::PodGcRules r = {}) : rules(r), cluster({"node-1", "node-2"}) {}
  void Start() {
    gc = std::make_unique<sim::PodGcController>(cluster.store, cluster.loop, rules);
    gc->Start();
  }
  sim::PodGcRules rules;
  NodeCluster cluster;
  std::unique_ptr<sim::PodGcController> gc;
};

}  // namespace

TEST_CASE("the pods of a deleted node: quarantined 40 s, then Failed with DisruptionTarget and force-deleted") {
  Fixture f;
  f.cluster.RunningPod("a", "node-1");
  api::Pod held = *f.cluster.RunningPod("b", "node-1");
  f.cluster.RunningPod("c", "node-2");
  // A finalizer keeps b visible after the delete (as the Job controller's does).
  f.cluster.store.Patch<api::Pod>("default", "b", [](api::Pod& p) {
    p.metadata.finalizers = {"batch.kubernetes.io/job-tracking"};
    return api::Status::Ok();
  });
  f.Start();
  f.cluster.loop.RunUntil(30'000);
  REQUIRE(f.cluster.store.Delete<api::Node>("", "node-1").ok());
  // Passes at 0, 20, 40 (node-1 missing: looked up again at 80), 60, 80.
  f.cluster.loop.RunUntil(79'999);
  REQUIRE(f.cluster.Pod("a"));
  CHECK(f.cluster.Pod("a")->status.phase == "Running");
  f.cluster.loop.RunUntil(80'000);
  CHECK_FALSE(f.cluster.Pod("a"));
  const auto b = f.cluster.Pod("b");
  REQUIRE(b);
  CHECK(b->metadata.deletion_timestamp);
  CHECK(b->metadata.deletion_grace_period_seconds == 0);
  CHECK(b->status.phase == "Failed");
  CHECK(f.cluster.Condition("b", "DisruptionTarget") == "True/DeletionByPodGC");
  CHECK(f.cluster.Condition("b", "Ready") == "True/");  // the rest of the status kept
  CHECK(f.cluster.Pod("c"));
}

TEST_CASE("a node back before the lookup saves its pods") {
  Fixture f;
  f.cluster.RunningPod("a", "node-1");
  f.Start();
  api::Node node = *f.cluster.store.Get<api::Node>("", "node-1");
  REQUIRE(f.cluster.store.Delete<api::Node>("", "node-1").ok());
  f.cluster.loop.RunUntil(25'000);  // seen missing at 20
  node.metadata = api::ObjectMeta{.name = "node-1"};
  REQUIRE(f.cluster.store.Create(node).ok());
  f.cluster.loop.RunUntil(200'000);
  CHECK(f.cluster.Pod("a"));
}

TEST_CASE("terminated pods above the threshold are deleted at the next pass, oldest first") {
  sim::PodGcRules rules;
  rules.terminated_pod_threshold = 1;
  Fixture f(rules);
  for (const char* name : {"old", "new"}) {
    f.cluster.RunningPod(name, "node-1");
    f.cluster.loop.Advance(1'000);
    f.cluster.store.Patch<api::Pod>(
        "default", name,
        [](api::Pod& p) {
          p.status.phase = "Succeeded";
          return api::Status::Ok();
        },
        /*status_only=*/true);
  }
  f.Start();
  f.cluster.loop.Advance(0);
  CHECK_FALSE(f.cluster.Pod("old"));
  CHECK(f.cluster.Pod("new"));
}
