#include "sim/nodelifecycle/pod_condition_update.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kStart = 1'735'689'600'000;
constexpr UnixMs kLater = kStart + 330'400;

api::PodStatus RunningStatus() {
  api::PodStatus status;
  status.phase = "Running";
  status.conditions = std::vector<api::Condition>{
      {.type = "Initialized", .status = "True", .last_transition_time = kStart},
      {.type = "Ready", .status = "True", .last_transition_time = kStart},
      {.type = "ContainersReady", .status = "True", .last_transition_time = kStart},
  };
  return status;
}

}  // namespace

TEST_CASE("MarkPodsNotReady turns Ready False and stamps the transition; ContainersReady stays") {
  api::PodStatus status = RunningStatus();
  CHECK(MarkPodNotReady(status, kLater));
  CHECK(status.conditions[1].status == "False");
  CHECK(status.conditions[1].reason.empty());
  CHECK(status.conditions[1].last_transition_time == kStart + 330'000);
  CHECK(status.conditions[2].status == "True");
  SECTION("a pod already not ready is left alone") { CHECK_FALSE(MarkPodNotReady(status, kLater + 5'000)); }
  SECTION("a pod without a Ready condition too") {
    api::PodStatus pending;
    CHECK_FALSE(MarkPodNotReady(pending, kLater));
    CHECK(pending.conditions.empty());
  }
}

TEST_CASE("the taint manager's DisruptionTarget condition") {
  const api::Condition c = TaintManagerDisruptionTarget();
  CHECK(c.type == "DisruptionTarget");
  CHECK(c.status == "True");
  CHECK(c.reason == "DeletionByTaintManager");
  CHECK(c.message == "Taint manager: deleting due to NoExecute taint");
  api::PodStatus status = RunningStatus();
  CHECK(UpdatePodCondition(status, c, kLater));
  REQUIRE(status.conditions.size() == 4);
  CHECK(status.conditions[3].last_transition_time == kStart + 330'000);
  CHECK_FALSE(UpdatePodCondition(status, c, kLater + 60'000));  // the same again: no write
  CHECK(status.conditions[3].last_transition_time == kStart + 330'000);
}

TEST_CASE("the node controller's own eviction marks pods NodeLost (1.5+)") {
  api::PodStatus status = RunningStatus();
  CHECK(SetNodeLostReason(status, "node-1", "pi-x7b2k"));
  CHECK(status.reason == "NodeLost");
  CHECK(status.message == "Node node-1 which was running pod pi-x7b2k is unresponsive");
  CHECK_FALSE(SetNodeLostReason(status, "node-1", "pi-x7b2k"));
}
