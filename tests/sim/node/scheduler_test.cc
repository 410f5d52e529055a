#include "sim/node/scheduler.h"

#include <catch2/catch.hpp>

#include "tests/sim/node/node_fixture.h"

using namespace jobsim;
using namespace jobsim::test;

TEST_CASE("the scheduler binds to the node with the fewest pods bound so far, ties by name") {
  sim::RuntimeConfig config;
  config.timing.schedule_ms = 200;
  Cluster cluster(sim::KubeletRules{}, config, {"node-c", "node-a", "node-b"});
  for (int i = 0; i < 5; ++i) cluster.Create(JobPod("p" + std::to_string(i), "busybox", {"sleep", "60"}));
  cluster.loop.RunUntil(199);
  CHECK(cluster.Get("p0")->spec.node_name.empty());
  cluster.loop.RunUntil(200);
  std::vector<std::string> placed;
  for (int i = 0; i < 5; ++i) placed.push_back(cluster.Get("p" + std::to_string(i))->spec.node_name);
  CHECK(placed == std::vector<std::string>{"node-a", "node-b", "node-c", "node-a", "node-b"});
  REQUIRE(cluster.scheduler_events.events.size() == 5);
  const RecordedEvent& first = cluster.scheduler_events.events[0];
  CHECK(first.reason == "Scheduled");
  CHECK(first.type == "Normal");
  CHECK(first.involved.kind == "Pod");
  CHECK(first.involved.name == "p0");
  CHECK(first.involved.field_path.empty());
  CHECK(first.message == "Successfully assigned default/p0 to node-a");
  CHECK(first.at_ms == 200);
}

TEST_CASE("1.3's Scheduled message names the pod without its namespace") {
  Cluster cluster(KubeletRules13(), sim::RuntimeConfig{}, {"127.0.0.1"});
  cluster.Create(JobPod("pi-2n6pa", "index.tenxcloud.com/sdvdxl/perl", {"perl1"}, "OnFailure"));
  cluster.loop.RunUntil(0);
  REQUIRE_FALSE(cluster.scheduler_events.events.empty());
  CHECK(cluster.scheduler_events.events[0].message == "Successfully assigned pi-2n6pa to 127.0.0.1");
}

TEST_CASE("pods for another scheduler, already bound, or deleted are left alone") {
  Cluster cluster;
  api::Pod other = JobPod("other", "busybox", {"true"});
  other.spec.scheduler_name = "my-scheduler";
  cluster.Create(other);
  api::Pod pinned = JobPod("pinned", "busybox", {"true"});
  pinned.spec.node_name = "node-1";
  cluster.Create(pinned);
  cluster.Create(JobPod("gone", "busybox", {"true"}));
  REQUIRE(cluster.store.Delete<api::Pod>("default", "gone").ok());
  cluster.loop.RunUntil(0);
  CHECK(cluster.Get("other")->spec.node_name.empty());
  CHECK(cluster.scheduler_events.events.empty());
}
