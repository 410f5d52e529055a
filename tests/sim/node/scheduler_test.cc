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
  CHECK(cluster.Get("p0")->spec->node_name.empty());
  cluster.loop.RunUntil(200);
  std::vector<std::string> placed;
  for (int i = 0; i < 5; ++i) placed.push_back(cluster.Get("p" + std::to_string(i))->spec->node_name);
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
  other.spec.Mut().scheduler_name = "my-scheduler";
  cluster.Create(other);
  api::Pod pinned = JobPod("pinned", "busybox", {"true"});
  pinned.spec.Mut().node_name = "node-1";
  cluster.Create(pinned);
  cluster.Create(JobPod("gone", "busybox", {"true"}));
  REQUIRE(cluster.store.Delete<api::Pod>("default", "gone").ok());
  cluster.loop.RunUntil(0);
  CHECK(cluster.Get("other")->spec->node_name.empty());
  CHECK(cluster.scheduler_events.events.empty());
}

namespace {

void SetReady(Cluster& cluster, const std::string& node, const std::string& status) {
  REQUIRE(cluster.store
              .Patch<api::Node>("", node,
                                [&](api::Node& n) {
                                  n.status.conditions[0].status = status;
                                  return api::Status::Ok();
                                },
                                /*status_only=*/true)
              .ok());
}

const api::Condition* PodScheduled(const api::Pod& pod) {
  for (const auto& c : pod.status.conditions) {
    if (c.type == "PodScheduled") return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("pods go only to Ready nodes") {
  Cluster cluster(sim::KubeletRules{}, sim::RuntimeConfig{}, {"node-a", "node-b"});
  SetReady(cluster, "node-a", "Unknown");
  cluster.loop.RunUntil(0);
  for (int i = 0; i < 3; ++i) cluster.Create(JobPod("p" + std::to_string(i), "busybox", {"sleep", "60"}));
  cluster.loop.RunUntil(0);
  for (int i = 0; i < 3; ++i) CHECK(cluster.Get("p" + std::to_string(i))->spec->node_name == "node-b");
}

TEST_CASE("with no Ready node a pod stays Pending: FailedScheduling, PodScheduled=False, bound once a node is Ready") {
  Cluster cluster(sim::KubeletRules{}, sim::RuntimeConfig{}, {"node-a", "node-b"});
  // Their kubelets post no status (no heartbeat at 300 s); the test plays the node lifecycle controller.
  cluster.kubelet(0).SetApiReachable(false);
  cluster.kubelet(1).SetApiReachable(false);
  SetReady(cluster, "node-a", "Unknown");
  SetReady(cluster, "node-b", "Unknown");
  cluster.loop.RunUntil(0);
  cluster.Create(JobPod("p", "busybox", {"sleep", "60"}));
  cluster.loop.RunUntil(1'000);
  auto pod = cluster.Get("p");
  CHECK(pod->spec->node_name.empty());
  const std::string message =
      "0/2 nodes are available: 2 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: "
      "0/2 nodes are available: 2 Preemption is not helpful for scheduling.";
  REQUIRE(cluster.scheduler_events.events.size() == 1);
  CHECK(cluster.scheduler_events.events[0].reason == "FailedScheduling");
  CHECK(cluster.scheduler_events.events[0].type == "Warning");
  CHECK(cluster.scheduler_events.events[0].message == message);
  const api::Condition* scheduled = PodScheduled(*pod);
  REQUIRE(scheduled);
  CHECK(scheduled->status == "False");
  CHECK(scheduled->reason == "Unschedulable");
  CHECK(scheduled->message == message);

  // Parked for 5 minutes: the next attempt, then a node comes back.
  cluster.loop.RunUntil(300'000);
  CHECK(cluster.scheduler_events.events.size() == 2);
  cluster.kubelet(1).SetApiReachable(true);  // back, node-b's kubelet posts Ready
  cluster.loop.RunUntil(300'000 + 1'999);
  CHECK(cluster.Get("p")->spec->node_name.empty());  // its back-off after two failures: 2 s
  cluster.loop.RunUntil(302'000);
  CHECK(cluster.Get("p")->spec->node_name == "node-b");
  CHECK(cluster.scheduler_events.events.back().reason == "Scheduled");
  CHECK(cluster.scheduler_events.events.back().message == "Successfully assigned default/p to node-b");
  CHECK(PodScheduled(*cluster.Get("p"))->status == "True");
}

TEST_CASE("1.3's scheduler offers no NotReady node and retries with a 1 s doubling back-off") {
  sim::KubeletRules rules = KubeletRules13();
  rules.fit_error_form = sim::FitErrorForm::kNoNodesAvailable;
  rules.unschedulable_backoff_max_ms = 60'000;
  rules.unschedulable_flush_ms = 0;
  Cluster cluster(rules, sim::RuntimeConfig{}, {"127.0.0.1"});
  SetReady(cluster, "127.0.0.1", "Unknown");
  cluster.loop.RunUntil(0);
  cluster.Create(JobPod("pi", "perl", {"perl"}));
  cluster.loop.RunUntil(7'000);  // attempts at 0, 1, 3 and 7 s
  REQUIRE(cluster.scheduler_events.events.size() == 4);
  CHECK(cluster.scheduler_events.events[3].at_ms == 7'000);
  CHECK(cluster.scheduler_events.events[0].message == "no nodes available to schedule pods");
}
